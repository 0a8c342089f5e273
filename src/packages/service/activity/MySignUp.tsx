import { View } from '@tarojs/components';
import type { MySignUpView } from '@domain/service/activityViews';
import { formatShanghai } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { InfoRow } from '../../../components/InfoRow';
import { creditText, mySignUpLabel } from '../../../components/activities/activityText';

const waitingWords = '有人取消报名时按候补顺序补上，补上后会通知您';

/** Where I stand: 已报名 / 候补第N位 / 已签到 HH:mm / 已签退, and the hours it earned (or why none). */
export function MySignUp({ mine }: { mine: MySignUpView }) {
  const at = (ms: number | null) => (ms === null ? null : formatShanghai(ms, 'M月D日 HH:mm'));
  const credit = creditText(mine.creditedMinutes);
  return (
    <View className="mq-card" id="activity-mine">
      <CardTitle>我的报名</CardTitle>
      <View className="sv-activity__state" id="activity-mine-state" data-state={mine.state}>
        {mySignUpLabel(mine)}
      </View>
      {mine.state === 'waitlisted' ? <View className="mq-muted">{waitingWords}</View> : null}
      <InfoRow label="签到" id="activity-signed-in">
        {at(mine.signedInAt)}
      </InfoRow>
      <InfoRow label="签退" id="activity-signed-out">
        {at(mine.signedOutAt)}
      </InfoRow>
      {credit ? (
        <View
          id="activity-credit"
          className={`sv-activity__credit ${mine.creditedMinutes ? 'sv-activity__credit--good' : ''}`}
        >
          {credit}
        </View>
      ) : null}
    </View>
  );
}
