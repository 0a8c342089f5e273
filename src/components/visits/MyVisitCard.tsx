import { Text, View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import { bookingStateTones, visitModeLabels, type BookingView } from '@domain/visits/views';
import { InfoRow } from '../InfoRow';
import { Tag } from '../Tag';
import { bookingStateText, onBehalfText, placeText, timeWindow } from './format';
import { VisitRecordPanel } from './VisitRecordPanel';
import './MyVisitCard.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/**
 * One of my visits: when, how, with whom, where, what about, and where it stands; after the visit
 * the cadre's record and follow-up. An active upcoming booking opens its day to cancel or move it.
 */
export function MyVisitCard({ booking, highlighted = false }: { booking: BookingView; highlighted?: boolean }) {
  const active = booking.state === 'booked' || booking.state === 'waitlisted';
  const open = () => void openPage(routes.visitDay, { date: booking.date });
  return (
    <View
      id={`my-visit-${booking.id}`}
      className={`mq-my-visit ${highlighted ? 'mq-my-visit--highlight' : ''}`}
      data-highlight={highlighted ? 'yes' : 'no'}
      onClick={active ? open : undefined}
    >
      <View className="mq-my-visit__head">
        <View className="mq-my-visit__when">
          <View className="mq-my-visit__date">{formatShanghaiDay(booking.date)}</View>
          <Text className="mq-my-visit__time">{timeWindow(booking)}</Text>
        </View>
        <Tag tone={bookingStateTones[booking.state]} state={booking.state} id={`my-visit-${booking.id}-state`}>
          {bookingStateText(booking)}
        </Tag>
      </View>
      <InfoRow label="方式">{visitModeLabels[booking.mode]}</InfoRow>
      <InfoRow label="民情书记">{booking.cadreName}</InfoRow>
      <InfoRow label={booking.mode === 'home' ? '上门地址' : '地点'}>
        {booking.mode === 'home' ? booking.address || placeText(booking) : placeText(booking)}
      </InfoRow>
      <InfoRow label="想说的事">{booking.topic}</InfoRow>
      <InfoRow label="代办" id={`my-visit-${booking.id}-on-behalf`}>
        {onBehalfText(booking)}
      </InfoRow>
      {booking.state === 'cancelled' && booking.cancelReason ? (
        <InfoRow label="取消原因">{booking.cancelReason}</InfoRow>
      ) : null}
      {booking.record ? <VisitRecordPanel record={booking.record} /> : null}
      {active ? <View className="mq-my-visit__more mq-tap">查看当天安排、取消或改约 ›</View> : null}
    </View>
  );
}
