import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { call } from '../../../api/client';
import { CardTitle } from '../../../components/CardTitle';
import { ConsultationCard } from '../../../components/matters/ConsultationCard';
import { EscalationCard } from '../../../components/matters/EscalationCard';
import { Timeline } from '../../../components/matters/Timeline';
import { WechatReminderCard } from '../../../components/notifications/WechatReminderCard';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import type { MatterDetail } from '@domain/matters/views';
import { useAsync } from '../../../hooks/useAsync';
import { ActionPanel } from '../components/ActionPanel';
import { AnswerSheet } from '../components/AnswerSheet';
import { CommitteeOnly } from '../components/CommitteeOnly';
import { ConcludeSheet } from '../components/ConcludeSheet';
import { ConveneSheet } from '../components/ConveneSheet';
import { EscalateSheet } from '../components/EscalateSheet';
import { decisionDoneLabels, type Decision } from '../components/labels';
import { MatterOverview } from '../components/MatterOverview';
import { MergeSheet } from '../components/MergeSheet';
import { MinutesSheet } from '../components/MinutesSheet';
import { moderateOne } from '../components/moderateOne';
import { openDeliveries } from '../components/navigation';
import type { PanelAction } from '../components/panelActions';
import { RejectSheet } from '../components/RejectSheet';
import { useSubmission } from '../../../components/staff/useSubmission';
import './index.scss';

const TOAST = 'manage-toast';

/** The actions done in one tap; the others open a sheet with a form. */
type DirectAction = Extract<PanelAction, 'approve' | 'hide' | 'unhide' | 'pin'>;
type SheetAction = Exclude<PanelAction, DirectAction>;

const directActions: readonly PanelAction[] = ['approve', 'hide', 'unhide', 'pin'];

export default function ManagePage() {
  const matterId = Taro.getCurrentInstance()?.router?.params?.id;
  return (
    <CommitteeOnly footer={<Toast id={TOAST} />}>
      {() =>
        matterId ? (
          <Manage matterId={decodeURIComponent(matterId)} />
        ) : (
          <StateView kind="error" title="没有指定说事" detail="请从说事审核列表进入" />
        )
      }
    </CommitteeOnly>
  );
}

function Manage({ matterId }: { matterId: string }) {
  const detail = useAsync(() => call('matter', 'detail', { matterId }), [matterId]);
  const [sheet, setSheet] = useState<SheetAction | null>(null);
  const [busy, setBusy] = useState<PanelAction | null>(null);
  const direct = useSubmission();
  const reject = useSubmission();

  function done(message: string) {
    setSheet(null);
    Toast.show(TOAST, { content: message, icon: 'success' });
    void detail.reload();
  }

  async function runDirect(action: DirectAction, matter: MatterDetail) {
    setBusy(action);
    const sent =
      action === 'pin'
        ? await direct.submit({ action, pinned: !matter.pinned }, (requestId) =>
            call('matter', 'pin', { matterId: matter.id, pinned: !matter.pinned }, { requestId }),
          )
        : await direct.submit({ action }, (requestId) => moderateOne(matter.id, action, '', requestId));
    setBusy(null);
    if (!sent.ok) {
      if (sent.error) Toast.show(TOAST, { content: sent.error.message, icon: 'fail' });
      // The matter may have moved on elsewhere: show how it stands now.
      void detail.reload();
      return;
    }
    done(action === 'pin' ? (matter.pinned ? '已取消置顶' : '已置顶') : doneMessage(action));
  }

  async function runReject(reason: string) {
    const sent = await reject.submit({ reason }, (requestId) => moderateOne(matterId, 'reject', reason, requestId));
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
        busy={busy}
        onAction={(action) => {
          if (directActions.includes(action)) return void runDirect(action as DirectAction, matter);
          reject.clearError();
          setSheet(action as SheetAction);
        }}
      />
      {matter.escalation ? <EscalationCard escalation={matter.escalation} forCommittee /> : null}
      {matter.consultation ? <ConsultationCard consultation={matter.consultation} forCommittee /> : null}
      <View className="mq-card">
        <CardTitle>办理进展</CardTitle>
        <Timeline entries={matter.timeline} newestFirst />
      </View>
      <WechatReminderCard />
      <View id="deliveries-link" className="mq-card manage-link mq-tap" onClick={openDeliveries}>
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
