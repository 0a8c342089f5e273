import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { charCount } from '@domain/text';
import type { SlotView } from '@domain/visits/views';
import { ReasonField } from '../../../components/staff/ReasonField';
import { Sheet } from '../../../components/staff/Sheet';
import { useCommand } from '../../../hooks/useCommand';

const usualReasons = ['临时有紧急公务', '身体不适', '天气原因，改期接访'];

/**
 * 取消时段: a reason is required, and every resident booked or waiting on the slot is told it.
 * `onDone` gets how many were told.
 */
export function CancelSlotSheet({
  slot,
  onDone,
  onClose,
}: {
  slot: SlotView;
  onDone: (notified: number) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();
  const waiting = slot.seatsTaken + slot.waitlistCount;

  async function send() {
    if (charCount(reason.trim()) < 2) return refuse('请选择或填写取消原因', 'reason');
    const input = { slotId: slot.id, reason: reason.trim() };
    const sent = await run(input, (requestId) => call('visit', 'cancelSlot', input, { requestId }));
    if (sent.ok) onDone(sent.value.cancelledBookings);
  }

  return (
    <Sheet
      id="cancel-slot-sheet"
      title={`取消 ${slot.start}-${slot.end} 的时段`}
      submitId="cancel-slot-submit"
      submitText="确定取消并通知居民"
      busy={busy}
      error={error}
      fieldPaths={['reason']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <View className="cd-notice" id="cancel-slot-affected">
        {waiting > 0
          ? `已有 ${slot.seatsTaken} 人预约${slot.waitlistCount > 0 ? `、${slot.waitlistCount} 人候补` : ''}，取消后会逐一通知他们，并告诉他们原因。`
          : '还没有居民预约这个时段。'}
      </View>
      <ReasonField
        id="cancel-slot-reason"
        usualId="cancel-reason-template"
        usual={usualReasons}
        label="取消原因"
        hint="居民会收到这段话"
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
      />
    </Sheet>
  );
}
