import { useState } from 'react';
import { call } from '../../../api/client';
import { escalationLevelLabels } from '@domain/matters/labels';
import type { EscalationView } from '@domain/matters/views';
import { formatShanghaiDay } from '@domain/time';
import { Field } from '../../../components/staff/Field';
import { InfoRow } from '../../../components/InfoRow';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** 记录答复: what the street or department answered; the matter returns to consultation. */
export function AnswerSheet({
  matterId,
  escalation,
  onDone,
  onClose,
}: SheetProps<{
  matterId: string;
  escalation: EscalationView | null;
}>) {
  const [response, setResponse] = useState('');
  const { busy, error, run, fieldError } = useCommand();

  async function send() {
    const input = { matterId, response };
    const sent = await run(input, (requestId) => call('matter', 'answerEscalation', input, { requestId }));
    if (sent.ok) onDone('答复已记录');
  }

  return (
    <Sheet
      id="answer-sheet"
      title="记录上级答复"
      submitId="answer-submit"
      submitText="保存答复"
      busy={busy}
      error={error}
      fieldPaths={['response']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      {escalation ? (
        <>
          <InfoRow label="上报给">
            {escalationLevelLabels[escalation.level]} · {escalation.department}
          </InfoRow>
          <InfoRow label="答复期限">{formatShanghaiDay(escalation.dueDate)}前</InfoRow>
        </>
      ) : null}
      <Field label="答复内容" hint="关注这件说事的居民会收到通知" error={fieldError('response')}>
        <TextBox
          id="answer-response"
          multiline
          value={response}
          placeholder="如：街道已安排下周二现场查看"
          maxLength={1000}
          onChange={setResponse}
        />
      </Field>
    </Sheet>
  );
}
