import { View } from '@tarojs/components';
import { formatShanghaiDay } from '@domain/time';
import { bookingStateTones, visitModeLabels, type BookingView } from '@domain/visits/views';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import { bookingStateText, onBehalfText, placeText, timeWindow } from '../../../components/visits/format';

/** After booking for the resident: the booking as the resident and the cadre will see it, 由XX代办 included. */
export function BookedFor({ booking, status }: { booking: BookingView; status: 'booked' | 'waitlisted' }) {
  const booked = status === 'booked';
  return (
    <View id="book-for-done" data-status={status}>
      <View className="of-done" id="order-for-done">
        {booked
          ? `已为${booking.residentName}预约民意5来听，请提醒居民按时到场`
          : `时段已约满，${booking.residentName}已排入候补，有人取消时自动补上并通知`}
      </View>
      <View className="mq-card" id="book-for-booking">
        <View className="of-booking__head">
          <View className="of-booking__when">
            {formatShanghaiDay(booking.date)} {timeWindow(booking)}
          </View>
          <Tag tone={bookingStateTones[booking.state]} state={booking.state} id="book-for-state">
            {bookingStateText(booking)}
          </Tag>
        </View>
        <InfoRow label="居民">{booking.residentName}</InfoRow>
        <InfoRow label="方式">{visitModeLabels[booking.mode]}</InfoRow>
        <InfoRow label="民情书记">{booking.cadreName}</InfoRow>
        <InfoRow label={booking.mode === 'home' ? '上门地址' : '地点'}>
          {booking.mode === 'home' ? booking.address || placeText(booking) : placeText(booking)}
        </InfoRow>
        <InfoRow label="想说的事">{booking.topic}</InfoRow>
        <InfoRow label="代办" id="book-for-on-behalf">
          {onBehalfText(booking)}
        </InfoRow>
      </View>
    </View>
  );
}
