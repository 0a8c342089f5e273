import { useState } from 'react';
import { orderReasonSchema } from '@domain/service/inputs';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
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
    <Sheet
      id="reason-sheet"
      title={text}
      submitId="reason-submit"
      submitText={`确认${text}`}
      busy={command.busy}
      error={command.error}
      fieldPaths={['reason']}
      onSubmit={send}
      onClose={onClose}
    >
      <Field label="原因（必填）" hint={hint} error={command.fieldError('reason')}>
        <TextBox
          id="reason-text"
          multiline
          value={reason}
          placeholder="至少2个字"
          maxLength={100}
          onChange={(value) => {
            setReason(value);
            command.clearError();
          }}
        />
      </Field>
    </Sheet>
  );
}
