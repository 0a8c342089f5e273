import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { allowedTransitions } from '@domain/matters/transitions';
import { endingLabels, type MatterEnding } from '@domain/matters/conclusion';
import type { MatterDetail } from '@domain/matters/views';
import { confirmChoice } from '../../../components/staff/confirmChoice';
import { Field } from '../../../components/staff/Field';
import { Sheet, type SheetProps } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

const endings: readonly MatterEnding[] = ['resolve', 'closeUnresolved', 'refer'];

const reasonHints: Record<MatterEnding, { hint: string; placeholder: string }> = {
  resolve: { hint: '说明怎么解决的，居民会看到', placeholder: '如：物业已于本周清理完毕，并加装了照明' },
  closeUnresolved: { hint: '如实说明为什么没能解决', placeholder: '如：涉及产权纠纷，社区无权处理' },
  refer: { hint: '说明转交给哪个部门办理', placeholder: '如：已转交区住建局物业科办理' },
};

/** 办结: 已解决, 未能解决 or 已转办, always with a reason the residents can read. */
export function ConcludeSheet({ matter, onDone, onClose }: SheetProps<{ matter: MatterDetail }>) {
  const allowed = allowedTransitions(matter.state, 'committee');
  const offered = endings.filter((e) => allowed.includes(e));
  const [ending, setEnding] = useState<MatterEnding>(offered[0] ?? 'resolve');
  const [reason, setReason] = useState('');
  const { busy, error, run, fieldError, clearError } = useCommand();

  async function send(confirmOpenItems = false) {
    const input = { matterId: matter.id, ending, reason, confirmOpenItems };
    const sent = await run(input, (requestId) => call('matter', 'conclude', input, { requestId }));
    if (sent.ok) onDone(`已办结：${endingLabels[ending]}`);
    else if (sent.error?.code === 'CONFIRMATION_REQUIRED') await askAboutOpenItems(sent.error.message);
  }

  /** The server listed the agreed items still open: conclude only after a knowing yes. */
  async function askAboutOpenItems(question: string) {
    clearError();
    const goAhead = await confirmChoice({
      title: '还有议定事项未完成',
      content: question,
      confirmText: '仍要办结',
      cancelText: '再等等',
    });
    if (goAhead) await send(true);
  }

  return (
    <Sheet
      id="conclude-sheet"
      title="办结"
      submitId="conclude-submit"
      submitText="确定办结"
      busy={busy}
      error={error}
      fieldPaths={['reason']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="结果">
        <ChoiceList
          idPrefix="conclude-ending"
          choices={offered.map((e) => ({ id: e, label: endingLabels[e] }))}
          selected={ending}
          onSelect={(id) => setEnding(id as MatterEnding)}
        />
      </Field>
      <Field label="说明" hint={reasonHints[ending].hint} error={fieldError('reason')}>
        <TextBox
          id="conclude-reason"
          multiline
          value={reason}
          placeholder={reasonHints[ending].placeholder}
          maxLength={200}
          onChange={setReason}
        />
      </Field>
    </Sheet>
  );
}
