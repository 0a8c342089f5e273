import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { visitModeLabels, type SlotView } from '@domain/visits/views';
import { placeText, seatsText, timeWindow } from './format';
import './SlotCard.scss';

/**
 * One slot of a visit day: time window, how the cadre meets residents, who, where, and the seats
 * left (or full with the waitlist). A cancelled slot stays listed, greyed, with the cadre's reason.
 */
export function SlotCard({
  slot,
  mine = false,
  onSelect,
  action,
}: {
  slot: SlotView;
  /** The resident's own booking is in this slot. */
  mine?: boolean;
  /** Tapping the slot chooses it (to book); left out when it cannot be booked. */
  onSelect?: () => void;
  /** The button shown at the foot of a slot that can be chosen. */
  action?: ReactNode;
}) {
  const cancelled = slot.state === 'cancelled';
  const full = !cancelled && slot.seatsLeft === 0;
  return (
    <View
      id={`slot-${slot.id}`}
      className={`mq-slot ${cancelled ? 'mq-slot--cancelled' : ''} ${mine ? 'mq-slot--mine' : ''}`}
      data-state={cancelled ? 'cancelled' : full ? 'full' : 'open'}
      onClick={onSelect}
    >
      <View className="mq-slot__head">
        <View className="mq-slot__time">{timeWindow(slot)}</View>
        <Text className={`mq-slot__mode mq-slot__mode--${slot.mode}`}>{visitModeLabels[slot.mode]}</Text>
        {mine ? <Text className="mq-slot__mine">我的预约</Text> : null}
      </View>
      <View className="mq-slot__line">民情书记：{slot.cadreName}</View>
      {placeText(slot) ? <View className="mq-slot__line">地点：{placeText(slot)}</View> : null}
      {cancelled ? (
        <View className="mq-slot__cancelled" id={`slot-${slot.id}-cancelled`}>
          已取消{slot.cancelReason ? `：${slot.cancelReason}` : ''}
        </View>
      ) : (
        <View className={`mq-slot__seats ${full ? 'mq-slot__seats--full' : ''}`} id={`slot-${slot.id}-seats`}>
          {seatsText(slot)}
        </View>
      )}
      {action ? <View className="mq-slot__action">{action}</View> : null}
    </View>
  );
}
