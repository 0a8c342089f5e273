import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { CardTitle } from '../../../components/CardTitle';
import { ConsultationCard } from '../../../components/matters/ConsultationCard';
import { CaseOnMatter, hasOpenCase, useMatterCases } from '../../../components/matters/CaseOnMatter';
import { EscalationCard } from '../../../components/matters/EscalationCard';
import { Timeline } from '../../../components/matters/Timeline';
import { WechatReminderCard } from '../../../components/notifications/WechatReminderCard';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import type { MatterDetail } from '@domain/matters/views';
import { useAsync } from '../../../hooks/useAsync';
import { ActionPanel } from '../components/ActionPanel';
import { AnswerSheet } from '../components/AnswerSheet';
import { RoleOnly } from '../../../components/RoleOnly';
import { ConcludeSheet } from '../components/ConcludeSheet';
import { ConveneSheet } from '../components/ConveneSheet';
import { EscalateSheet } from '../components/EscalateSheet';
import { decisionDoneLabels, type Decision } from '../components/labels';
import { MatterOverview } from '../components/MatterOverview';
import { MergeSheet } from '../components/MergeSheet';
import { MinutesSheet } from '../components/MinutesSheet';
import { moderateOne } from '../components/moderateOne';
import type { PanelAction } from '../components/panelActions';
import { RejectSheet } from '../components/RejectSheet';
import { useCommand } from '../../../hooks/useCommand';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';
import { usePageParams } from '../../../hooks/usePageParams';

const TOAST = 'manage-toast';

/** The actions done in one tap; the others open a sheet with a form. */
type DirectAction = Extract<PanelAction, 'approve' | 'hide' | 'unhide' | 'pin'>;
type SheetAction = Exclude<PanelAction, DirectAction | 'dispatch'>;

const directActions: readonly PanelAction[] = ['approve', 'hide', 'unhide', 'pin'];

export default function ManagePage() {
  const read = usePageParams(routes.manageMatter);
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {() =>
        read.ok ? (
          <Manage matterId={read.params.id} />
        ) : (
          <StateView kind="error" title="没有指定说事" detail="请从说事审核列表进入" />
        )
      }
    </RoleOnly>
  );
}

function Manage({ matterId }: { matterId: string }) {
  const detail = useAsync(() => call('matter', 'detail', { matterId }), [matterId]);
  const cases = useMatterCases(matterId, detail.data?.state);
  const [sheet, setSheet] = useState<SheetAction | null>(null);
  const direct = useCommand({ toast: TOAST, failures: 'toast' });
  const reject = useCommand();

  function done(message: string) {
    setSheet(null);
    Toast.show(TOAST, { content: message, icon: 'success' });
    void detail.reload();
  }

  async function runDirect(action: DirectAction, matter: MatterDetail) {
    const pinned = !matter.pinned;
    const sent =
      action === 'pin'
        ? await direct.run(
            { action, pinned },
            (requestId) => call('matter', 'pin', { matterId: matter.id, pinned }, { requestId }),
            { name: action },
          )
        : await direct.run({ action }, (requestId) => moderateOne(matter.id, action, '', requestId), { name: action });
    if (sent.ok) return done(action === 'pin' ? (pinned ? '已置顶' : '已取消置顶') : doneMessage(action));
    // The matter may have moved on elsewhere: show how it stands now.
    if (sent.error) void detail.reload();
  }

  async function runReject(reason: string) {
    const sent = await reject.run({ reason }, (requestId) => moderateOne(matterId, 'reject', reason, requestId));
    if (sent.ok) done('已驳回，提出人会收到原因');
  }

  const matter = detail.data;
  if (!matter) {
    if (detail.status === 'error') {
      return <ErrorView message={detail.error.message} onRetry={() => void detail.reload()} />;
    }
    return <LoadingView />;
  }

  return (
    <View id="manage-page">
      <MatterOverview matter={matter} />
      <ActionPanel
        matter={matter}
        openCase={hasOpenCase(cases)}
        busy={direct.running as PanelAction | null}
        onAction={(action) => {
          if (action === 'dispatch') return void openPage(routes.caseDispatch, { matterId });
          if (directActions.includes(action)) return void runDirect(action as DirectAction, matter);
          reject.clearError();
          setSheet(action as SheetAction);
        }}
      />
      <CaseOnMatter
        matter={matter}
        role="committee"
        cases={cases}
        dispatchButton={false}
        withoutCase={matter.escalation ? <EscalationCard escalation={matter.escalation} forCommittee /> : null}
      />
      {matter.consultation ? <ConsultationCard consultation={matter.consultation} forCommittee /> : null}
      <View className="mq-card">
        <CardTitle>办理进展</CardTitle>
        <Timeline entries={matter.timeline} />
      </View>
      <WechatReminderCard />
      <View
        id="deliveries-link"
        className="mq-card manage-link mq-tap"
        onClick={() => void openPage(routes.deliveries)}
      >
        <View>发送失败的微信通知</View>
        <View className="manage-link__more">查看 ›</View>
      </View>
      {sheet === 'reject' ? (
        <RejectSheet
          count={1}
          busy={reject.busy}
          error={reject.error}
          onSubmit={(reason) => void runReject(reason)}
          onClose={() => setSheet(null)}
        />
      ) : null}
      {sheet === 'convene' ? <ConveneSheet matter={matter} onDone={done} onClose={() => setSheet(null)} /> : null}
      {sheet === 'minutes' && matter.consultation ? (
        <MinutesSheet consultation={matter.consultation} onDone={done} onClose={() => setSheet(null)} />
      ) : null}
      {sheet === 'conclude' ? <ConcludeSheet matter={matter} onDone={done} onClose={() => setSheet(null)} /> : null}
      {sheet === 'escalate' ? <EscalateSheet matter={matter} onDone={done} onClose={() => setSheet(null)} /> : null}
      {sheet === 'answer' ? (
        <AnswerSheet matterId={matter.id} escalation={matter.escalation} onDone={done} onClose={() => setSheet(null)} />
      ) : null}
      {sheet === 'merge' ? <MergeSheet matter={matter} onDone={done} onClose={() => setSheet(null)} /> : null}
    </View>
  );
}

function doneMessage(decision: Exclude<Decision, 'reject'>): string {
  return decision === 'approve' ? '已通过审核，居民现在可以看到' : decisionDoneLabels[decision];
}
