import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { escalationLevelLabels, escalationLevels } from '@domain/matters/labels';
import type { EscalationView, MatterDetail } from '@domain/matters/views';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

type EscalationLevel = EscalationView['level'];

/** 街呼区应: hand the matter up to the street or a district department, with a date to answer by. */
export function EscalateSheet({ matter, onDone, onClose }: SheetProps<{ matter: MatterDetail }>) {
  const today = shanghaiToday();
  const [level, setLevel] = useState<EscalationLevel>('street');
  const [department, setDepartment] = useState('');
  const [dueDate, setDueDate] = useState(() => addDays(today, 7));
  const [note, setNote] = useState('');
  const { busy, error, run, fieldError } = useCommand();

  async function send() {
    const input = { matterId: matter.id, level, department, dueDate, note };
    const sent = await run(input, (requestId) => call('matter', 'escalate', input, { requestId }));
    if (sent.ok) onDone(`已上报${escalationLevelLabels[level]}：${department.trim()}`);
  }

  return (
    <Sheet
      id="escalate-sheet"
      title="上报 街呼区应"
      submitId="escalate-submit"
      submitText="确定上报"
      busy={busy}
      error={error}
      fieldPaths={['department', 'dueDate', 'note']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="上报给">
        <ChoiceList
          idPrefix="escalate-level"
          choices={escalationLevels.map((l) => ({ id: l, label: escalationLevelLabels[l] }))}
          selected={level}
          onSelect={(id) => setLevel(id as EscalationLevel)}
        />
      </Field>
      <Field label="部门名称" error={fieldError('department')}>
        <TextBox
          id="escalate-department"
          value={department}
          placeholder={level === 'street' ? '如：古槐街道办事处' : '如：任城区住建局'}
          maxLength={30}
          onChange={setDepartment}
        />
      </Field>
      <Field label="答复期限" error={fieldError('dueDate')}>
        <DateField id="escalate-due" value={dueDate} min={today} max={addDays(today, 180)} onChange={setDueDate} />
      </Field>
      <Field label="说明（可不填）" error={fieldError('note')}>
        <TextBox
          id="escalate-note"
          multiline
          value={note}
          placeholder="社区已做了什么、需要上级解决什么"
          maxLength={500}
          onChange={setNote}
        />
      </Field>
    </Sheet>
  );
}
