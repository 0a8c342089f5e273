import { View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import { visitModeLabels, type BookingView } from '@domain/visits/views';
import { timeWindow } from './format';
import type { BookStatus } from './types';
import './BookResult.scss';

export interface BookOutcome {
  status: BookStatus;
  booking: BookingView;
  /** Set when the booking came from 改约 rather than a new booking. */
  rescheduled?: boolean;
}

/** What just happened to a booking: a seat (预约成功), or a place on the waitlist and what comes next. */
export function BookResult({ outcome }: { outcome: BookOutcome }) {
  const { booking } = outcome;
  const booked = outcome.status === 'booked';
  const title = booked
    ? outcome.rescheduled
      ? '改约成功'
      : '预约成功'
    : `已满，您是候补第${booking.waitlistPosition ?? 1}位，有人取消时会自动为您补上并通知您`;
  return (
    <View
      className={`mq-book-result ${booked ? 'mq-book-result--booked' : 'mq-book-result--waitlisted'}`}
      id="book-result"
      data-status={outcome.status}
      role="status"
    >
      <View className="mq-book-result__icon">{booked ? '✓' : '候'}</View>
      <View className="mq-book-result__body">
        <View className="mq-book-result__title" id="book-result-title">
          {title}
        </View>
        <View className="mq-book-result__detail">
          {formatShanghaiDay(booking.date)} {timeWindow(booking)} {visitModeLabels[booking.mode]}，民情书记
          {booking.cadreName}
          {booked ? '。请按时到场，如有变化请提前取消。' : '。'}
        </View>
      </View>
    </View>
  );
}
