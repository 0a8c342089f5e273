import { View } from '@tarojs/components';
import { deadlineText } from '../../../components/visits/format';
import { MovedNote } from '../../../components/visits/VisitDayCard';
import { formatShanghaiDay } from '@domain/time';
import type { SlotsAnswer } from '../../../components/visits/types';

/** The day: its date, whose community, whether it was moved, and until when it can be booked. */
export function DayHead({
  date,
  communityName,
  day,
  bookingOpen,
  bookingClosesAt,
}: {
  date: string;
  communityName?: string;
  day: Pick<SlotsAnswer, 'moved' | 'originalDate' | 'reason'>;
  bookingOpen: boolean;
  bookingClosesAt: number;
}) {
  return (
    <View className="visit-day-head">
      <View className="visit-day-head__date" id="visit-day-date">
        {formatShanghaiDay(date)}
      </View>
      {communityName ? <View className="visit-day-head__community">{communityName}</View> : null}
      <MovedNote day={day} id="visit-day-moved" />
      <View
        id="booking-deadline"
        className={`visit-day-head__deadline ${bookingOpen ? '' : 'visit-day-head__deadline--closed'}`}
      >
        {bookingOpen ? `${deadlineText(bookingClosesAt)} 截止预约` : '预约已截止'}
      </View>
    </View>
  );
}
