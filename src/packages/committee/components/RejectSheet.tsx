import { useState } from 'react';
import { ApiError } from '../../../api/apiError';
import { charCount } from '@domain/text';
import { ReasonField } from '../../../components/staff/ReasonField';
import { rejectReasonTemplates } from './labels';
import { Sheet } from '../../../components/staff/Sheet';

/**
 * 驳回: the committee picks one of the usual reasons or writes its own. A reason is required;
 * the author is told it.
 */
export function RejectSheet({
  count,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  count: number;
  busy: boolean;
  error: ApiError | null;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<ApiError | null>(null);

  function submit() {
    if (charCount(reason.trim()) < 2) {
      setMissing(
        new ApiError('BAD_INPUT', '请选择或填写驳回原因', [{ path: 'reason', message: '请选择或填写驳回原因' }]),
      );
      return;
    }
    setMissing(null);
    onSubmit(reason.trim());
  }

  const shown = missing ?? error;
  return (
    <Sheet
      id="reject-sheet"
      title={count > 1 ? `驳回 ${count} 项` : '驳回'}
      submitId="reject-confirm"
      submitText="确认驳回"
      busy={busy}
      error={shown}
      fieldPaths={['reason']}
      onSubmit={submit}
      onClose={onClose}
    >
      <ReasonField
        id="reason-input"
        usualId="reason-template"
        usual={rejectReasonTemplates}
        label="驳回原因"
        hint="提出人会看到这段话"
        error={shown?.fieldMessage('reason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(null);
        }}
        maxLength={200}
      />
    </Sheet>
  );
}
