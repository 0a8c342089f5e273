import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { WechatReminderCard } from '../../../components/notifications/WechatReminderCard';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { RoleOnly } from '../../../components/RoleOnly';
import '../components/cadre.scss';
import { CloseFollowUpSheet } from '../components/CloseFollowUpSheet';
import { FollowUpCard, type FollowUpRecord } from '../components/FollowUpCard';
import { routes } from '@domain/routes';
import { usePageParams } from '../../../hooks/usePageParams';

export default function FollowUpsPage() {
  return (
    <RoleOnly roles={['cadre']} className="cadre-screen">
      {() => <FollowUps />}
    </RoleOnly>
  );
}

/** Due date first; a tie keeps the older visit first. */
function byDueDate(a: FollowUpRecord, b: FollowUpRecord): number {
  return a.followUp!.dueDate.localeCompare(b.followUp!.dueDate) || a.createdAt - b.createdAt;
}

function FollowUps() {
  const list = useAsync(() => call('visit', 'followUps', {}), []);
  // `?recordId=` names the follow-up a reminder opened this page for.
  const read = usePageParams(routes.followUps);
  const highlightId = (read.ok && read.params.recordId) || '';
  const [closing, setClosing] = useState<FollowUpRecord | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const records = (list.data?.records ?? []).filter((r) => r.followUp?.state === 'open').sort(byDueDate);
  const overdue = records.filter((r) => r.followUp!.overdue).length;
  const found = highlightId !== '' && records.some((r) => r.id === highlightId);

  useEffect(() => {
    if (!found) return;
    // Let the card render before scrolling to it; not every platform scrolls on request.
    const timer = setTimeout(() => {
      try {
        void Promise.resolve(Taro.pageScrollTo({ selector: `#followup-${highlightId}`, duration: 300 })).catch(
          () => undefined,
        );
      } catch {
        // the card is still marked
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [found, highlightId]);

  if (!list.data) {
    if (list.status === 'error') return <ErrorView message={list.error.message} onRetry={() => void list.reload()} />;
    return <LoadingView />;
  }
  return (
    <View id="followups-page">
      <View className="mq-section-title" id="followups-count">
        {records.length === 0
          ? '没有待跟进的事项'
          : `待跟进 ${records.length} 件${overdue > 0 ? `，其中 ${overdue} 件已逾期` : ''}`}
      </View>
      {result ? (
        <View className="cd-result" id="followups-result">
          {result}
        </View>
      ) : null}
      {records.length === 0 ? (
        <StateView kind="empty" title="都跟进完了" detail="写民情日记时勾选「需要跟进」的事会列在这里" />
      ) : (
        records.map((record) => (
          <FollowUpCard
            key={record.id}
            record={record}
            highlighted={record.id === highlightId}
            onClose={() => {
              setResult(null);
              setClosing(record);
            }}
          />
        ))
      )}
      <WechatReminderCard />
      {closing ? (
        <CloseFollowUpSheet
          recordId={closing.id}
          residentName={closing.residentName}
          promise={closing.followUp!.note}
          onDone={() => {
            setResult(`已完成对${closing.residentName}的跟进，居民会看到跟进结果`);
            setClosing(null);
            void list.reload();
          }}
          onClose={() => setClosing(null)}
        />
      ) : null}
    </View>
  );
}
