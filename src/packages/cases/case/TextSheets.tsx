import { useState } from 'react';
import { caseReasonSchema, verifyNoteSchema } from '@domain/casework/inputs';
import { maxExtensionHours, type SlaClass } from '@domain/casework/sla';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { TextSheet } from '../../../components/staff/TextSheet';
import type { Command } from '../../../hooks/useCommand';
import { caseSheetIds, reasonText } from './caseSheet';
import { checked } from './checked';

interface SheetBase {
  command: Command;
  onClose: () => void;
}

const reasonSheets = {
  return: { title: '退单', hint: '派错了单位、不归本单位管的，写明原因，街道会改派', submit: '确认退单' },
  withdraw: { title: '撤回案件', hint: '已在社区解决、重复派遣等，承办单位和街道会看到原因', submit: '确认撤回' },
} as const;

/** 退单 or 撤回: one reason the other side reads. */
export function ReasonSheet({
  step,
  command,
  onClose,
  onSubmit,
}: SheetBase & { step: keyof typeof reasonSheets; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const { title, hint, submit } = reasonSheets[step];
  function send() {
    if (command.busy) return;
    const value = checked(command, caseReasonSchema, reason, 'reason');
    if (value !== undefined) onSubmit(value);
  }
  return (
    <TextSheet
      {...caseSheetIds}
      title={title}
      submitText={submit}
      command={command}
      text={reasonText(reason, setReason, { hint })}
      onSubmit={send}
      onClose={onClose}
    />
  );
}

/** 申请延期: whole hours (1 to the class's own length) and why, for the street to decide. */
export function ExtensionSheet({
  slaClass,
  command,
  onClose,
  onSubmit,
}: SheetBase & { slaClass: SlaClass; onSubmit: (hours: number, reason: string) => void }) {
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const max = maxExtensionHours(slaClass);
  function send() {
    if (command.busy) return;
    const typed = /^\d+$/.test(hours.trim()) ? Number(hours.trim()) : undefined;
    if (typed === undefined || typed < 1 || typed > max)
      return command.refuse(`延期时长应为1至${max}小时的整数`, 'hours');
    const why = checked(command, caseReasonSchema, reason, 'reason');
    if (why !== undefined) onSubmit(typed, why);
  }
  return (
    <TextSheet
      {...caseSheetIds}
      title="申请延期"
      submitText="提交延期申请"
      command={command}
      fieldPaths={['hours', 'reason']}
      text={reasonText(reason, setReason)}
      onSubmit={send}
      onClose={onClose}
    >
      <Field
        label="延期多少小时"
        hint={`每次派遣只能申请一次，最多${max}小时，由街道审批`}
        error={command.fieldError('hours')}
      >
        <TextBox id="case-hours" value={hours} placeholder="例如 24" maxLength={4} onChange={setHours} />
      </Field>
    </TextSheet>
  );
}

/** 核查: passed (a note is optional) or sent back, which must say what is still wrong. */
export function VerifySheet({
  outcome,
  command,
  onClose,
  onSubmit,
}: SheetBase & { outcome: 'passed' | 'sentBack'; onSubmit: (note: string) => void }) {
  const [note, setNote] = useState('');
  const back = outcome === 'sentBack';
  function send() {
    if (command.busy) return;
    const value = checked(command, verifyNoteSchema, note, 'note');
    if (value === undefined) return;
    if (back && value.length === 0) return command.refuse('请写明还有什么问题', 'note');
    onSubmit(value);
  }
  return (
    <TextSheet
      {...caseSheetIds}
      title={back ? '核查退回' : '核查通过'}
      submitText={back ? '退回承办单位' : '确认通过'}
      command={command}
      text={{
        path: 'note',
        id: 'case-note',
        label: back ? '还有什么问题（必填）' : '核查说明（选填）',
        hint: back ? '承办单位会看到，办好后重新反馈' : '通过后居民可以评价办理结果',
        maxLength: 300,
        value: note,
        onChange: setNote,
      }}
      onSubmit={send}
      onClose={onClose}
    />
  );
}
