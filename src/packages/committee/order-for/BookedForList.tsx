import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { ActionOf, OutputOf } from '@domain/contract';
import { formatShanghaiDay } from '@domain/time';
import { usualBookingCancelReasons } from '@domain/visits/text';
import { bookingStateTones } from '@domain/visits/views';
import { call } from '../../../api/client';
import { ErrorView } from '../../../components/StateView';
import { Tag } from '../../../components/Tag';
import { bookingStateText, onBehalfText, timeWindow } from '../../../components/visits/format';
import { useAsync } from '../../../hooks/useAsync';
import { ReasonSheet } from '../components/service/ReasonSheet';

type BookedForItem = OutputOf<ActionOf<'visit', 'bookedFor'>>['bookings'][number];

/**
 * 近期代约的接访: the visits staff booked for the community's residents on the coming visit days,
 * so that when a resident without a phone says she cannot come, whoever booked it (or the
 * committee) finds it and cancels it with a reason. 取消代约 shows only where the server said the
 * caller may (its own rule and cut-off); after a cancel the list is read again.
 */
export function BookedForList({ communityId, onCancelled }: { communityId: string; onCancelled: () => void }) {
  const list = useAsync(() => call('visit', 'bookedFor', { communityId }), [communityId]);
  const [cancelling, setCancelling] = useState<BookedForItem | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  if (!list.data) {
    if (list.status !== 'error') return null;
    return (
      <View id="booked-for-list" data-state="error">
        <ErrorView message={list.error.message} onRetry={() => void list.reload()} />
      </View>
    );
  }
  const { bookings } = list.data;
  if (bookings.length === 0 && !cancelled) return null;

  function done(booking: BookedForItem) {
    setCancelling(null);
    setCancelled(`已取消${booking.residentName}${formatShanghaiDay(booking.date)}的接访，已通知居民和家属`);
    onCancelled();
    void list.reload();
  }

  return (
    <View id="booked-for-list" className="of-booked-list">
      <View className="of-booked-list__title">近期代约的接访</View>
      {cancelled ? (
        <View className="of-booked-list__done" id="booked-for-cancelled">
          {cancelled}
        </View>
      ) : null}
      {bookings.length === 0 ? <View className="mq-muted">近期没有代约的接访</View> : null}
      {bookings.map((booking) => (
        <BookedForRow key={booking.id} booking={booking} onCancel={() => setCancelling(booking)} />
      ))}
      {cancelling ? (
        <ReasonSheet
          id="cancel-for"
          title={`取消为${cancelling.residentName}代约的接访`}
          submitText="确定取消"
          about={
            <View className="mq-muted" id="cancel-for-about">
              {formatShanghaiDay(cancelling.date)} {timeWindow(cancelling)} · 民情书记{cancelling.cadreName} ·{' '}
              {bookingStateText(cancelling)}
            </View>
          }
          label="取消原因"
          hint="居民和家属会收到这段话；名额会让给候补的居民"
          usual={usualBookingCancelReasons}
          send={(reason, requestId) => call('visit', 'cancelFor', { bookingId: cancelling.id, reason }, { requestId })}
          onDone={() => done(cancelling)}
          onClose={() => setCancelling(null)}
        />
      ) : null}
    </View>
  );
}

/** One booking: when, with whom, for whom, who booked it; 取消代约 where the caller may. */
function BookedForRow({ booking, onCancel }: { booking: BookedForItem; onCancel: () => void }) {
  return (
    <View className="of-booked" id={`booked-for-${booking.id}`}>
      <View className="of-booking__head">
        <View className="of-booked__when">
          {formatShanghaiDay(booking.date)} {timeWindow(booking)}
        </View>
        <Tag tone={bookingStateTones[booking.state]} state={booking.state}>
          {bookingStateText(booking)}
        </Tag>
      </View>
      <View className="mq-text">
        {booking.residentName} · 民情书记{booking.cadreName}
      </View>
      <View className="mq-muted">{onBehalfText(booking)}</View>
      {booking.mayCancel ? (
        <Button
          id={`booked-for-cancel-${booking.id}`}
          className="of-booked__cancel"
          type="primary"
          fill="outline"
          onClick={onCancel}
        >
          取消代约
        </Button>
      ) : null}
    </View>
  );
}
