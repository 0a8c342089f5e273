import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { routes } from '@domain/routes';
import type { ActivityView } from '@domain/service/activityViews';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { ActivityActions } from './ActivityActions';
import { ActivityFacts } from './ActivityFacts';
import { MySignUp } from './MySignUp';
import { useActivityCommands } from './useActivityCommands';
import './index.scss';

const TOAST = 'service-activity-toast';

/**
 * One volunteer activity: when, where and how many seats; my sign-up and attendance; and the
 * buttons the server says the reader may use (报名, 取消报名, 签到, 签退, the organiser's links).
 */
export default function ServiceActivityPage() {
  const read = usePageParams(routes.serviceActivity);
  return (
    <RoleOnly roles={['resident', 'committee', 'cadre']} className="service-activity" footer={<Toast id={TOAST} />}>
      {() =>
        read.ok ? (
          <Activity activityId={read.params.id} />
        ) : (
          <StateView kind="error" title="没有找到这个活动" detail="链接不完整，请从「志愿活动」进入" />
        )
      }
    </RoleOnly>
  );
}

function Activity({ activityId }: { activityId: string }) {
  const loaded = useAsync(() => call('service', 'activity', { activityId }), [activityId]);
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (loaded.status === 'error')
    return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <LoadingView />;
  const view = { show: (activity: ActivityView) => loaded.show({ activity }), reload: loaded.reload };
  return <ActivityShown activity={loaded.data.activity} view={view} />;
}

function ActivityShown({
  activity,
  view,
}: {
  activity: ActivityView;
  view: Parameters<typeof useActivityCommands>[1];
}) {
  const commands = useActivityCommands(activity, view, TOAST);
  const mine = activity.mySignUp;
  return (
    <View id="service-activity-page">
      <ActivityFacts activity={activity} />
      {mine ? <MySignUp mine={mine} /> : null}
      <ActivityActions activity={activity} commands={commands} />
    </View>
  );
}
