import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { charCount } from '@domain/text';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** 填写跟进结果: what was done about the promise; the resident is told and the follow-up closes. */
export function CloseFollowUpSheet({
  recordId,
  residentName,
  promise,
  onDone,
  onClose,
}: {
  recordId: string;
  residentName: string;
  promise: string;
  onDone: () => void;
  onClose: () => void;
}) {
  const [outcome, setOutcome] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    if (charCount(outcome.trim()) < 2) return refuse('请填写跟进结果', 'outcome');
    const input = { recordId, outcome: outcome.trim() };
    const sent = await run(input, (requestId) => call('visit', 'closeFollowUp', input, { requestId }));
    if (sent.ok) onDone();
  }

  return (
    <Sheet
      id="close-followup-sheet"
      title="填写跟进结果"
      submitId="followup-submit"
      submitText="提交并告知居民"
      busy={busy}
      error={error}
      fieldPaths={['outcome']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <View className="cm-sheet-note mq-muted">
        {residentName}：{promise}
      </View>
      <Field label="跟进结果" hint={`${residentName}会看到这段话`} error={fieldError('outcome')}>
        <TextBox
          id="followup-outcome"
          multiline
          value={outcome}
          placeholder="如：物业已更换楼道灯，电话回访居民表示满意"
          maxLength={500}
          onChange={setOutcome}
        />
      </Field>
    </Sheet>
  );
}
