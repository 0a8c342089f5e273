import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { StateView } from '../../../components/StateView';
import { SlotCard } from '../../../components/visits/SlotCard';
import type { SlotView } from '@domain/visits/views';

/** The day's slots; an open one the resident may book carries its 预约 (or 排候补) button. */
export function DaySlots({
  slots,
  mySlotId,
  canBook,
  onChoose,
}: {
  slots: SlotView[];
  mySlotId: string | undefined;
  /** A resident without a booking here, while booking is open. */
  canBook: boolean;
  onChoose: (slot: SlotView) => void;
}) {
  return (
    <>
      <View className="mq-section-title">
        {slots.length ? `这一天的接访时段（${slots.length}个）` : '这一天的接访时段'}
      </View>
      {canBook && slots.length ? (
        <View className="visit-day-tip">选一个时段预约；约满的时段可以排候补，有人取消时自动补上。</View>
      ) : null}
      {slots.length === 0 ? (
        <StateView kind="empty" title="这一天还没有发布接访时段" detail="民情书记发布后就能在这里预约" />
      ) : (
        <View id="slot-list">
          {slots.map((slot) => {
            const bookable = canBook && slot.state === 'open';
            return (
              <SlotCard
                key={slot.id}
                slot={slot}
                mine={mySlotId === slot.id}
                onSelect={bookable ? () => onChoose(slot) : undefined}
                action={
                  bookable ? (
                    <Button
                      className="visit-day-book"
                      type="primary"
                      fill={slot.seatsLeft > 0 ? 'solid' : 'outline'}
                      size="large"
                      block
                    >
                      {slot.seatsLeft > 0 ? '预约这个时段' : '已满，排候补'}
                    </Button>
                  ) : undefined
                }
              />
            );
          })}
        </View>
      )}
    </>
  );
}
