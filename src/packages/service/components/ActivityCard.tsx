import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import type { ActivityView } from '@domain/service/activityViews';
import { Tag } from '../../../components/Tag';
import { openPage } from '../../../navigation';
import {
  activityPhaseTones,
  activityTimeText,
  mySignUpLabel,
  phaseLabel,
  seatsText,
  whereText,
} from '../../../components/activities/activityText';
import './ActivityCard.scss';

/** One volunteer activity in a list: what, when, where, seats left, its phase and my sign-up; a tap opens it. */
export function ActivityCard({ activity }: { activity: ActivityView }) {
  const id = `activity-${activity.id}`;
  const mine = activity.mySignUp;
  return (
    <View
      className="mq-card sv-activity-card"
      id={id}
      onClick={() => void openPage(routes.serviceActivity, { id: activity.id })}
    >
      <View className="sv-activity-card__head">
        <View className="sv-activity-card__title">{activity.title}</View>
        <Tag id={`${id}-phase`} state={activity.phase} tone={activityPhaseTones[activity.phase]}>
          {phaseLabel(activity.phase)}
        </Tag>
      </View>
      <View className="mq-text" id={`${id}-time`}>
        {activityTimeText(activity)}
      </View>
      <View className="mq-muted">{whereText(activity)}</View>
      <View className="sv-activity-card__foot">
        <View className="mq-muted" id={`${id}-seats`}>
          {seatsText(activity)}
        </View>
        {mine && mine.state !== 'withdrawn' ? (
          <Tag id={`${id}-mine`} state={mine.state} tone={mine.state === 'enrolled' ? 'good' : 'warn'}>
            {mySignUpLabel(mine)}
          </Tag>
        ) : null}
      </View>
    </View>
  );
}
