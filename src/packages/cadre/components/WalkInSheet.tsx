import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { visitModeLabels, type SlotView } from '@domain/visits/views';
import { confirmChoice } from '../../../components/staff/confirmChoice';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/**
 * 登记现场来访: someone came without booking. Name and what they want to talk about; a phone if
 * they give one. They are marked 已接访 at once so the visit can be recorded.
 */
export function WalkInSheet({
  slots,
  initialSlotId,
  onDone,
  onClose,
}: SheetProps<{
  slots: readonly SlotView[];
  initialSlotId: string;
}>) {
  const [slotId, setSlotId] = useState(initialSlotId);
  const [name, setName] = useState('');
  const [topic, setTopic] = useState('');
  const [phone, setPhone] = useState('');
  const { busy, error, run, refuse, fieldError, clearError } = useCommand();

  async function send(overCapacity = false) {
    if (name.trim() === '') return refuse('请填写姓名', 'name');
    if (topic.trim().length < 2) return refuse('请写下想说的事，至少2个字', 'topic');
    const input = { slotId, name: name.trim(), topic: topic.trim(), phone: phone.replace(/[\s-]/g, ''), overCapacity };
    const sent = await run(input, (requestId) => call('visit', 'addWalkIn', input, { requestId }));
    if (sent.ok) {
      onDone(`已登记 ${input.name} 的现场来访${sent.value.overCapacity ? '（超出名额，已加一个名额）' : ''}`);
    } else if (sent.error?.code === 'CONFIRMATION_REQUIRED') {
      // The slot is full: a walk-in never waits, so the cadre decides whether to see them anyway.
      clearError();
      const goAhead = await confirmChoice({
        title: '已约满，仍登记吗？',
        content: sent.error.message,
        confirmText: '仍登记',
        cancelText: '先不登记',
      });
      if (goAhead) await send(true);
    }
  }

  return (
    <Sheet
      id="walkin-sheet"
      title="登记现场来访"
      submitId="walkin-submit"
      submitText="登记"
      busy={busy}
      error={error}
      fieldPaths={['slotId', 'name', 'topic', 'phone']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      {slots.length > 1 ? (
        <Field label="时段" error={fieldError('slotId')}>
          <ChoiceList
            idPrefix="walkin-slot"
            choices={slots.map((s) => ({ id: s.id, label: `${s.start}-${s.end} ${visitModeLabels[s.mode]}` }))}
            selected={slotId}
            onSelect={setSlotId}
          />
        </Field>
      ) : null}
      <Field label="姓名" error={fieldError('name')}>
        <TextBox id="walkin-name" value={name} placeholder="如：王大爷" maxLength={20} onChange={setName} />
      </Field>
      <Field label="想说的事" error={fieldError('topic')}>
        <TextBox
          id="walkin-topic"
          multiline
          rows={2}
          value={topic}
          placeholder="如：楼道灯坏了"
          maxLength={100}
          onChange={setTopic}
        />
      </Field>
      <Field label="联系电话（可不填）" error={fieldError('phone')}>
        <TextBox id="walkin-phone" value={phone} placeholder="11位手机号码" maxLength={13} onChange={setPhone} />
      </Field>
    </Sheet>
  );
}
