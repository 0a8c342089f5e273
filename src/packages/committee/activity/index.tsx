import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { ActivityView } from '@domain/service/activityViews';
import { call } from '../../../api/client';
import { activityTimeText, phaseLabel, seatsText } from '../../../components/activities/activityText';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { ReasonSheet } from '../components/service/ReasonSheet';
import { CodePanel } from './CodePanel';
import { RosterList } from './RosterList';
import './index.scss';

const TOAST = 'committee-activity-toast';

const usualReasons = ['天气原因，活动改期', '场地临时有变', '报名人数不足'] as const;

/**
 * The organiser's screen for one activity: the sign-in code, big, replacing itself every 30
 * seconds; the roster as volunteers sign in and out; 取消活动 with a reason the volunteers read.
 */
export default function CommitteeActivityPage() {
  const read = usePageParams(routes.committeeActivity);
  return (
    <RoleOnly roles={['committee']} className="committee-screen" footer={<Toast id={TOAST} />}>
      {() =>
        read.ok ? (
          <Organiser activityId={read.params.id} />
        ) : (
          <StateView kind="error" title="没有找到这个活动" detail="链接不完整，请从「志愿活动」进入" />
        )
      }
    </RoleOnly>
  );
}

function Organiser({ activityId }: { activityId: string }) {
  const roster = useAsync(() => call('service', 'activityRoster', { activityId }), [activityId]);
  const [cancelling, setCancelling] = useState(false);
  usePullDownRefresh(() => {
    void roster.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (!roster.data) {
    if (roster.status === 'error')
      return <ErrorView message={roster.error.message} onRetry={() => void roster.reload()} />;
    return <LoadingView />;
  }
  const { activity, lines } = roster.data;
  return (
    <View id="committee-activity-page">
      <Summary activity={activity} />
      <CodePanel activity={activity} onNewCode={() => void roster.reload()} />
      <RosterList lines={lines} />
      {activity.actions.includes('cancel') ? (
        <View className="ao-cancel">
          <Button id="activity-cancel" className="ao-cancel__button" type="default" onClick={() => setCancelling(true)}>
            取消活动
          </Button>
        </View>
      ) : null}
      {cancelling ? (
        <ReasonSheet<{ activity: ActivityView }>
          id="activity-cancel-sheet"
          title="取消活动"
          submitText="确认取消活动"
          label="取消原因"
          hint="已报名和候补的志愿者都会收到通知，看到这个原因"
          usual={usualReasons}
          send={(reason, requestId) => call('service', 'cancelActivity', { activityId, reason }, { requestId })}
          onDone={() => {
            setCancelling(false);
            Toast.show(TOAST, { content: '活动已取消，已通知报名的志愿者', icon: 'success' });
            void roster.reload();
          }}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </View>
  );
}

function Summary({ activity }: { activity: ActivityView }) {
  return (
    <View className="mq-card" id="activity-summary">
      <View className="mq-title">{activity.title}</View>
      <View className="mq-text">{activityTimeText(activity)}</View>
      <View className="mq-muted">
        {activity.place} · {phaseLabel(activity.phase)} · {seatsText(activity)}
      </View>
      {activity.cancelReason ? (
        <View className="ao-cancelled" id="activity-cancel-reason">
          取消原因：{activity.cancelReason}
        </View>
      ) : null}
    </View>
  );
}
