import { Text } from '@tarojs/components';
import { bookingStateLabels, type BookingState } from '@domain/visits/views';
import '../../../components/staff/Badge.scss';

const tones: Record<BookingState, string> = {
  booked: 'active',
  waitlisted: 'warn',
  attended: 'done',
  no_show: 'plain',
  cancelled: 'ended',
};

/** 已预约 / 候补中 / 已接访 / 未到场 / 已取消, coloured by how the visit stands. */
export function StateTag({ state, id }: { state: BookingState; id?: string }) {
  return (
    <Text id={id} className={`cm-badge cm-badge--${tones[state]}`}>
      {bookingStateLabels[state]}
    </Text>
  );
}
