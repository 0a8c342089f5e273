import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { charCount } from '@domain/text';
import type { SlotView } from '@domain/visits/views';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
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
      <Field label="常用原因">
        <ChoiceList
          idPrefix="cancel-reason-template"
          choices={usualReasons.map((label, index) => ({ id: String(index), label }))}
          selected={String(usualReasons.indexOf(reason.trim()))}
          onSelect={(id) => setReason(usualReasons[Number(id)])}
        />
      </Field>
      <Field label="取消原因" hint="居民会收到这段话" error={fieldError('reason')}>
        <TextBox
          id="cancel-slot-reason"
          multiline
          value={reason}
          placeholder="选择上面的常用原因，或自己填写"
          maxLength={100}
          onChange={setReason}
        />
      </Field>
    </Sheet>
  );
}
