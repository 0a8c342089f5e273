import { View } from '@tarojs/components';
import { useState } from 'react';
import type { HolderView } from '@domain/casework/views';
import { holderKey } from '@domain/casework/holders';
import { caseReasonSchema } from '@domain/casework/inputs';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextSheet } from '../../../components/staff/TextSheet';
import { LoadingView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import type { Command } from '../../../hooks/useCommand';
import { holderText } from '../components/caseText';
import { caseSheetIds, reasonText } from './caseSheet';
import { checked } from './checked';

interface SheetBase {
  command: Command;
  onClose: () => void;
}

/** 改派: another body of the street's routing table, and why; the new holder's clock starts. */
export function RerouteSheet({
  current,
  command,
  onClose,
  onSubmit,
}: SheetBase & { current: HolderView; onSubmit: (holder: HolderView, reason: string) => void }) {
  const table = useAsync(() => call('casework', 'routingTable', {}), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const holders = (table.data?.holders ?? []).filter((h) => holderKey(h) !== holderKey(current));
  function send() {
    if (command.busy) return;
    const holder = holders.find((h) => holderKey(h) === chosen);
    if (!holder) return command.refuse('请选择改派给哪个单位', 'holder');
    const why = checked(command, caseReasonSchema, reason, 'reason');
    if (why !== undefined) onSubmit(holder, why);
  }
  return (
    <TextSheet
      {...caseSheetIds}
      title="改派"
      submitText="确认改派"
      command={command}
      error={table.status === 'error' ? table.error : null}
      fieldPaths={['holder', 'reason']}
      text={reasonText(reason, setReason, { label: '改派原因（必填）' })}
      onSubmit={send}
      onClose={onClose}
    >
      <Field label="改派给" hint={`现在由 ${current.name} 承办`} error={command.fieldError('holder')}>
        {table.data ? (
          <ChoiceList
            idPrefix="reroute-holder"
            choices={holders.map((h) => ({ id: holderKey(h).replace(':', '-'), label: holderText(h) }))}
            selected={chosen ? chosen.replace(':', '-') : null}
            onSelect={(id) => setChosen(id.replace('-', ':'))}
          />
        ) : (
          <LoadingView />
        )}
      </Field>
    </TextSheet>
  );
}

/** 审批延期: the holder's request as asked, approved or refused (either uses it up). */
export function DecideExtensionSheet({
  hours,
  reason,
  command,
  onClose,
  onSubmit,
}: SheetBase & { hours: number; reason: string; onSubmit: (approve: boolean) => void }) {
  const [answer, setAnswer] = useState<'yes' | 'no' | null>(null);
  function send() {
    if (command.busy) return;
    if (!answer) return command.refuse('请选择同意或不同意', 'approve');
    onSubmit(answer === 'yes');
  }
  return (
    <Sheet
      {...caseSheetIds}
      title="审批延期"
      submitText="提交审批"
      busy={command.busy}
      error={command.error}
      fieldPaths={['approve']}
      onSubmit={send}
      onClose={onClose}
    >
      <View className="mq-text" id="decide-request">{`申请延期${hours}小时：${reason}`}</View>
      <Field label="审批意见" hint="同意则答复期限顺延；每次派遣只能申请一次" error={command.fieldError('approve')}>
        <ChoiceList
          idPrefix="decide"
          choices={[
            { id: 'yes', label: '同意' },
            { id: 'no', label: '不同意' },
          ]}
          selected={answer}
          onSelect={(id) => setAnswer(id as 'yes' | 'no')}
        />
      </Field>
    </Sheet>
  );
}
