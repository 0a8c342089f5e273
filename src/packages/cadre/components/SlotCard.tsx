import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { visitModeLabels, type SlotView } from '@domain/visits/views';
import { Tag } from '../../../components/Tag';
import './SlotCard.scss';

/** One of my published slots: time, mode, place, seats; 修改 and 取消 while it is open. */
export function SlotCard({ slot, onEdit, onCancel }: { slot: SlotView; onEdit: () => void; onCancel: () => void }) {
  const cancelled = slot.state === 'cancelled';
  return (
    <View className={`mq-card cd-slot ${cancelled ? 'cd-slot--cancelled' : ''}`} id={`slot-${slot.id}`}>
      <View className="cd-slot__head">
        <View className="cd-slot__time">
          {slot.start}-{slot.end}
        </View>
        <Tag tone={cancelled ? 'quiet' : 'warn'}>{cancelled ? '已取消' : visitModeLabels[slot.mode]}</Tag>
      </View>
      {slot.place ? <View className="mq-text cd-slot__place">{slot.place}</View> : null}
      <View className="mq-muted" id={`slot-seats-${slot.id}`}>
        {cancelled
          ? `取消原因：${slot.cancelReason}`
          : `可接待 ${slot.capacity} 人 · 已约 ${slot.seatsTaken} 人 · 剩 ${slot.seatsLeft} 个名额${
              slot.waitlistCount > 0 ? ` · 候补 ${slot.waitlistCount} 人` : ''
            }`}
      </View>
      {cancelled ? null : (
        <View className="cd-slot__actions">
          <Button
            id={`slot-edit-${slot.id}`}
            className="cd-slot__button"
            type="primary"
            fill="outline"
            onClick={onEdit}
          >
            修改
          </Button>
          <Button id={`slot-cancel-${slot.id}`} className="cd-slot__button" type="default" onClick={onCancel}>
            取消时段
          </Button>
        </View>
      )}
    </View>
  );
}
