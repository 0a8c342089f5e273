import { Text } from '@tarojs/components';
import type { BookingState, BookingView } from '@domain/visits/views';
import { bookingStateText } from './format';
import './BookingBadge.scss';

const tones: Record<BookingState, string> = {
  booked: 'active',
  waitlisted: 'pending',
  attended: 'done',
  no_show: 'ended',
  cancelled: 'ended',
};

/** A booking's state in words (候补第2位 on the waitlist), coloured by where it stands. */
export function BookingBadge({
  booking,
  id,
}: {
  booking: Pick<BookingView, 'state' | 'waitlistPosition'>;
  id?: string;
}) {
  return (
    <Text id={id} className={`mq-visit-badge mq-visit-badge--${tones[booking.state]}`}>
      {bookingStateText(booking)}
    </Text>
  );
}
