import { View } from '@tarojs/components';
import type { ActivityView } from '@domain/service/activityViews';
import { useRotatingCode } from './useRotatingCode';

/** Why no code is shown, when the server offers none (the activity is over, cancelled, or not yet near). */
function noCodeText(activity: ActivityView): string {
  if (activity.phase === 'cancelled') return '活动已取消，不再需要签到码';
  if (activity.phase === 'ended') return '活动已结束，签到码已停用';
  return '活动开始前30分钟起，这里显示签到码';
}

/**
 * The code volunteers type to sign in and out, as large as the screen allows, with how many
 * seconds it has left; it replaces itself every 30 seconds while the page is in view.
 */
export function CodePanel({ activity, onNewCode }: { activity: ActivityView; onNewCode: () => void }) {
  const enabled = activity.actions.includes('showCode');
  const code = useRotatingCode(activity.id, enabled, onNewCode);
  if (!enabled) {
    return (
      <View className="mq-card ao-code" id="activity-code-panel">
        <View className="mq-text" id="activity-code-none">
          {noCodeText(activity)}
        </View>
      </View>
    );
  }
  return (
    <View className="mq-card ao-code" id="activity-code-panel">
      <View className="mq-muted">请志愿者在「志愿活动」里输入下面的数字签到、签退</View>
      {code.code ? (
        <>
          <View className="ao-code__digits" id="activity-code-digits">
            {code.code}
          </View>
          <View className="mq-text ao-code__countdown" id="activity-code-countdown">
            {code.secondsLeft}秒后更换
          </View>
        </>
      ) : code.error ? (
        <View className="ao-code__error" id="activity-code-error" role="alert">
          {code.error.message}
        </View>
      ) : (
        <View className="mq-text">正在获取签到码…</View>
      )}
    </View>
  );
}
