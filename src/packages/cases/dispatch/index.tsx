import { View } from '@tarojs/components';
import { useState } from 'react';
import { holderKey } from '@domain/casework/holders';
import { caseReasonSchema } from '@domain/casework/inputs';
import type { HolderView } from '@domain/casework/views';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { InfoRow } from '../../../components/InfoRow';
import { RoleOnly } from '../../../components/RoleOnly';
import { Field } from '../../../components/staff/Field';
import { TextBox } from '../../../components/staff/TextBox';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { SubmitBar } from '../../../components/SubmitBar';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { usePageParams } from '../../../hooks/usePageParams';
import { replacePage } from '../../../navigation';
import { dueLine, holderText, slaText } from '../components/caseText';
import { checked } from '../case/checked';
import '../components/cases.scss';
import '../report/index.scss';

const SUGGESTED = 'suggested';
const OTHER = 'other';
const keyOf = (h: HolderView) => holderKey(h).replace(':', '-');

/** 派遣 (街呼区应): the committee sends a matter to the body the street's routing table names, or another with a reason. */
export default function CaseDispatchPage() {
  const read = usePageParams(routes.caseDispatch);
  return (
    <RoleOnly roles={['committee']} className="cs-page">
      {() =>
        read.ok ? (
          <Dispatch matterId={read.params.matterId} />
        ) : (
          <StateView kind="error" title="没有找到这件说事" detail="链接不完整，请从说事页进入" />
        )
      }
    </RoleOnly>
  );
}

function Dispatch({ matterId }: { matterId: string }) {
  const suggestion = useAsync(() => call('casework', 'routeSuggestion', { matterId }), [matterId]);
  const sending = useCommand();
  const [mode, setMode] = useState(SUGGESTED);
  const [other, setOther] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  if (!suggestion.data) {
    if (suggestion.status === 'error')
      return <ErrorView message={suggestion.error.message} onRetry={() => void suggestion.reload()} />;
    return <LoadingView />;
  }
  const { suggested, ruleId, slaClass, dueAt, choices } = suggestion.data;
  const others = choices.filter((c) => keyOf(c) !== keyOf(suggested));

  async function send() {
    if (sending.busy) return;
    let input: { matterId: string; holder?: { kind: HolderView['kind']; id: string }; overrideReason: string } = {
      matterId,
      overrideReason: '',
    };
    if (mode === OTHER) {
      const holder = others.find((c) => keyOf(c) === other);
      if (!holder) return sending.refuse('请选择派给哪个单位', 'holder');
      const why = checked(sending, caseReasonSchema, reason, 'overrideReason');
      if (why === undefined) return;
      input = { matterId, holder: { kind: holder.kind, id: holder.id }, overrideReason: why };
    }
    const sent = await sending.run(input, (requestId) => call('casework', 'dispatch', input, { requestId }));
    if (sent.ok) void replacePage(routes.case, { id: sent.value.case.summary.id });
  }

  return (
    <View id="case-dispatch" className="cs-form">
      <View className="mq-card" id="dispatch-suggestion">
        <InfoRow label="路由表建议">{holderText(suggested)}</InfoRow>
        {ruleId === null ? <View className="mq-muted">没有对应的规则，由街道承办（首接负责）</View> : null}
        <InfoRow label="办理时限">{slaText(slaClass)}</InfoRow>
        <InfoRow label="现在派遣">{dueLine(dueAt)}</InfoRow>
      </View>
      <Field label="派给">
        <ChoiceList
          idPrefix="dispatch-mode"
          choices={[
            { id: SUGGESTED, label: `按建议：${suggested.name}` },
            ...(others.length ? [{ id: OTHER, label: '改选其他单位' }] : []),
          ]}
          selected={mode}
          onSelect={(id) => {
            setMode(id);
            sending.clearError();
          }}
        />
      </Field>
      {mode === OTHER ? (
        <>
          <Field label="改选的单位" error={sending.fieldError('holder')}>
            <ChoiceList
              idPrefix="dispatch-holder"
              choices={others.map((c) => ({ id: keyOf(c), label: holderText(c) }))}
              selected={other}
              onSelect={(id) => {
                setOther(id);
                sending.clearError();
              }}
            />
          </Field>
          <Field
            label="改选原因（必填）"
            hint="街道会看到，用来改进路由表"
            error={sending.fieldError('overrideReason')}
          >
            <TextBox
              id="dispatch-reason"
              multiline
              value={reason}
              placeholder="至少4个字"
              maxLength={300}
              onChange={setReason}
            />
          </Field>
        </>
      ) : null}
      <SubmitBar
        id="dispatch-submit"
        errorId="dispatch-error"
        error={sending.error?.message ?? null}
        busy={sending.busy}
        onSubmit={() => void send()}
      >
        确认派遣
      </SubmitBar>
    </View>
  );
}
