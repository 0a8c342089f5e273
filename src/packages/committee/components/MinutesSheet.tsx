import { useState } from 'react';
import { call } from '../../../api/client';
import type { ConsultationView } from '@domain/matters/views';
import { ActionItemsEditor, type ActionDraft } from './ActionItemsEditor';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** 记录纪要: what was said, the agreed actions, and the outcome; saved again as things progress. */
export function MinutesSheet({ consultation, onDone, onClose }: SheetProps<{ consultation: ConsultationView }>) {
  const [minutes, setMinutes] = useState(consultation.minutes);
  const [actions, setActions] = useState<ActionDraft[]>(() =>
    consultation.actions.map((action) => ({ ...action, key: action.id })),
  );
  const [outcome, setOutcome] = useState(consultation.outcome);
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    const blank = actions.findIndex((a) => !a.description.trim());
    if (blank >= 0) return refuse(`请填写第 ${blank + 1} 项议定事项的内容，或删除这一项`, 'actions');
    const input = {
      consultationId: consultation.id,
      minutes,
      actions: actions.map(({ id, description, owner, dueDate, state }) => ({
        ...(id ? { id } : {}),
        description: description.trim(),
        owner: owner.trim(),
        dueDate,
        state,
      })),
      outcome,
    };
    const sent = await run(input, (requestId) => call('matter', 'recordMinutes', input, { requestId }));
    if (sent.ok) onDone('纪要已保存');
  }

  return (
    <Sheet
      id="minutes-sheet"
      title="记录协商纪要"
      submitId="minutes-submit"
      submitText="保存纪要"
      busy={busy}
      error={error}
      fieldPaths={['minutes', 'actions', 'outcome']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="会议纪要" error={fieldError('minutes')}>
        <TextBox
          id="minutes-text"
          multiline
          rows={5}
          value={minutes}
          placeholder="谁参加了、各方说了什么"
          maxLength={5000}
          onChange={setMinutes}
        />
      </Field>
      <Field label="议定事项" error={fieldError('actions')}>
        <ActionItemsEditor value={actions} onChange={setActions} />
      </Field>
      <Field label="协商结果" hint="居民会在说事详情里看到" error={fieldError('outcome')}>
        <TextBox
          id="minutes-outcome"
          multiline
          value={outcome}
          placeholder="如：物业两周内清理，居委会回访"
          maxLength={1000}
          onChange={setOutcome}
        />
      </Field>
    </Sheet>
  );
}
