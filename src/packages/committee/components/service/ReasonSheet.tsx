import { useState, type ReactNode } from 'react';
import { orderReasonSchema } from '@domain/service/inputs';
import { ReasonField } from '../../../../components/staff/ReasonField';
import { Sheet } from '../../../../components/staff/Sheet';
import { useCommand } from '../../../../hooks/useCommand';

/**
 * A step of the committee's that only needs a reason someone will read (核实完成, 退回重做, 取消订单,
 * 退回报到): what it is about, the usual reasons a tap away, the reason checked as the contract checks
 * it (2 to 100 characters), then sent.
 */
export function ReasonSheet<T>({
  id,
  title,
  submitText,
  about,
  label = '原因',
  hint,
  usual,
  send,
  onDone,
  onClose,
}: {
  /** The sheet's id; its parts are `<id>-reason`, `<id>-usual-<n>` and `<id>-submit`. */
  id: string;
  title: string;
  submitText: string;
  about?: ReactNode;
  label?: string;
  hint: string;
  usual: readonly string[];
  send: (reason: string, requestId: string) => Promise<T>;
  onDone: (answer: T) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function submit() {
    const checked = orderReasonSchema.safeParse(reason);
    if (!checked.success) return refuse(checked.error.issues[0].message, 'reason');
    const sent = await run({ id, reason: checked.data }, (requestId) => send(checked.data, requestId));
    if (sent.ok) onDone(sent.value);
  }

  return (
    <Sheet
      id={id}
      title={title}
      submitId={`${id}-submit`}
      submitText={submitText}
      busy={busy}
      error={error}
      fieldPaths={['reason']}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {about}
      <ReasonField
        id={`${id}-reason`}
        usualId={`${id}-usual`}
        usual={usual}
        label={label}
        hint={hint}
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
        rows={2}
      />
    </Sheet>
  );
}
