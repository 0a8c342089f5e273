import { useState } from 'react';
import { orderReasonSchema } from '@domain/service/inputs';
import { TextSheet } from '../../../components/staff/TextSheet';
import type { Command } from '../../../hooks/useCommand';
import { reasonSteps, type ReasonStep } from './useOrderCommands';

/** Cancelling, giving back or disputing an order: the reason the other side will read, in a bottom sheet. */
export function ReasonSheet({
  step,
  command,
  onSubmit,
  onClose,
}: {
  step: ReasonStep;
  command: Command;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const { text, hint } = reasonSteps[step];

  function send() {
    if (command.busy) return;
    const checked = orderReasonSchema.safeParse(reason);
    if (!checked.success) return command.refuse(checked.error.issues[0]?.message ?? '请填写原因', 'reason');
    onSubmit(checked.data);
  }

  return (
    <TextSheet
      id="reason-sheet"
      submitId="reason-submit"
      title={text}
      submitText={`确认${text}`}
      command={command}
      text={{
        path: 'reason',
        id: 'reason-text',
        label: '原因（必填）',
        hint,
        placeholder: '至少2个字',
        maxLength: 100,
        value: reason,
        onChange: (value) => {
          setReason(value);
          command.clearError();
        },
      }}
      onSubmit={send}
      onClose={onClose}
    />
  );
}
