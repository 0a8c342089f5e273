import { useState } from 'react';
import { charCount } from '@domain/text';
import type { VolunteerView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ReasonField } from '../../../components/staff/ReasonField';
import { Sheet } from '../../../components/staff/Sheet';
import { useCommand } from '../../../hooks/useCommand';

const usualReasons = ['请补充能提供的服务和空闲时间', '不是本社区居民，请向所住社区报到', '请填写工作单位'];

/** 退回: the report goes back to the resident with what to change; they may report again. */
export function ReturnSheet({
  volunteer,
  onDone,
  onClose,
}: {
  volunteer: VolunteerView;
  onDone: (volunteer: VolunteerView) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    if (charCount(reason.trim()) < 2) return refuse('请填写退回原因', 'reason');
    const input = { volunteerId: volunteer.id, decision: 'return' as const, reason: reason.trim() };
    const sent = await run(input, (requestId) => call('service', 'reviewVolunteer', input, { requestId }));
    if (sent.ok) onDone(sent.value.volunteer);
  }

  return (
    <Sheet
      id="return-sheet"
      title={`退回${volunteer.name}的报到`}
      submitId="return-submit"
      submitText="确定退回"
      busy={busy}
      error={error}
      fieldPaths={['reason']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <ReasonField
        id="return-reason"
        usualId="return-usual"
        usual={usualReasons}
        label="退回原因"
        hint="居民会看到这段话，改好后可以重新报到"
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
        rows={2}
      />
    </Sheet>
  );
}
