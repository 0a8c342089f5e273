import { Text, View } from '@tarojs/components';
import { formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import { bookingStateTones, visitModeLabels } from '@domain/visits/views';
import { Tag } from '../Tag';
import { bookingStateText, deadlineText, monthDay, timeWindow } from './format';
import type { VisitDayView } from './types';
import './VisitDayCard.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/** The moved-day note: 「由12月25日调整」 and why. */
export function MovedNote({ day, id }: { day: Pick<VisitDayView, 'moved' | 'originalDate' | 'reason'>; id?: string }) {
  if (!day.moved) return null;
  return (
    <View className="mq-visit-moved" id={id}>
      <Tag tone="warn" className="mq-visit-moved__tag">{`由${monthDay(day.originalDate)}调整`}</Tag>
      {day.reason ? <Text className="mq-visit-moved__reason">{day.reason}</Text> : null}
    </View>
  );
}

/**
 * One visit day on the 约见 tab: when, how many slots and seats, the resident's own booking if any,
 * and until when booking is open. Tapping opens the day's slots.
 */
export function VisitDayCard({
  day,
  communityId,
  nowMs,
}: {
  day: VisitDayView;
  /** Staff look at one of their communities; residents at their own (left out). */
  communityId?: string;
  nowMs: number;
}) {
  const id = `visit-day-${day.date}`;
  const isToday = day.date === shanghaiDateOf(nowMs);
  const open = day.bookingOpen;
  const mine = day.myBooking;
  const seats =
    day.slotCount === 0
      ? '民情书记还没有发布时段'
      : day.seatsLeft > 0
        ? `${day.slotCount}个时段 · 剩余${day.seatsLeft}个名额`
        : `${day.slotCount}个时段 · 已约满，可排候补`;
  return (
    <View
      id={id}
      className="mq-visit-day"
      onClick={() => void openPage(routes.visitDay, { date: day.date, communityId })}
    >
      <View className="mq-visit-day__head">
        <View className="mq-visit-day__date">{formatShanghaiDay(day.date)}</View>
        {isToday ? (
          <Tag tone="alert" className="mq-visit-day__today">
            今天
          </Tag>
        ) : null}
        <View className="mq-visit-day__arrow">›</View>
      </View>
      <MovedNote day={day} id={`${id}-moved`} />
      <View
        className={`mq-visit-day__seats ${day.slotCount === 0 ? 'mq-visit-day__seats--none' : ''}`}
        id={`${id}-seats`}
      >
        {seats}
      </View>
      {mine ? (
        <View className="mq-visit-day__mine" id={`${id}-mine`}>
          <View className="mq-visit-day__mine-row">
            <Text className="mq-visit-day__mine-label">我的预约</Text>
            <Tag tone={bookingStateTones[mine.state]} state={mine.state}>
              {bookingStateText(mine)}
            </Tag>
          </View>
          <View className="mq-visit-day__mine-text">
            {timeWindow(mine)} {visitModeLabels[mine.mode]} · {mine.cadreName}
          </View>
        </View>
      ) : null}
      <View className={`mq-visit-day__deadline ${open ? '' : 'mq-visit-day__deadline--closed'}`} id={`${id}-deadline`}>
        {open ? `${deadlineText(day.bookingClosesAt)} 截止预约` : '预约已截止'}
      </View>
    </View>
  );
}
