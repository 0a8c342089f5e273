import { Button, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { routes } from '@domain/routes';
import type { ActivityView } from '@domain/service/activityViews';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { openPage } from '../../../navigation';
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
      {(user) =>
        read.ok ? (
          <Activity activityId={read.params.id} resident={user.role === 'resident'} />
        ) : (
          <StateView kind="error" title="没有找到这个活动" detail="链接不完整，请从「志愿活动」进入" />
        )
      }
    </RoleOnly>
  );
}

/**
 * Open for sign-up, and the server offers this resident no 报名: only approved volunteers sign up,
 * so say so and show the way, instead of a page without a button.
 */
function NotVolunteerYet() {
  return (
    <View className="mq-card" id="activity-not-volunteer">
      <View className="mq-text">报名志愿活动需要先成为本社区的志愿者（双报到），居委会审核通过后就能报名。</View>
      <Button id="activity-go-report" type="primary" block onClick={() => void openPage(routes.serviceReport)}>
        去报到
      </Button>
    </View>
  );
}

function Activity({ activityId, resident }: { activityId: string; resident: boolean }) {
  const loaded = useAsync(() => call('service', 'activity', { activityId }), [activityId]);
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (loaded.status === 'error')
    return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <LoadingView />;
  const view = { show: (activity: ActivityView) => loaded.show({ activity }), reload: loaded.reload };
  return <ActivityShown activity={loaded.data.activity} view={view} resident={resident} />;
}

function ActivityShown({
  activity,
  view,
  resident,
}: {
  activity: ActivityView;
  view: Parameters<typeof useActivityCommands>[1];
  resident: boolean;
}) {
  const commands = useActivityCommands(activity, view, TOAST);
  const mine = activity.mySignUp;
  return (
    <View id="service-activity-page">
      <ActivityFacts activity={activity} />
      {mine ? <MySignUp mine={mine} /> : null}
      <ActivityActions activity={activity} commands={commands} />
      {resident && !mine && activity.phase === 'open' && !activity.actions.includes('signUp') ? (
        <NotVolunteerYet />
      ) : null}
    </View>
  );
}
