import { View } from '@tarojs/components';
import type { ActivityView } from '@domain/service/activityViews';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import {
  activityPhaseTones,
  activityTimeText,
  phaseLabel,
  seatsText,
  signUpClosesText,
} from '../../../components/activities/activityText';

/** What, when, where, for which 红帆驿站, who organises it, how many seats are left; why it was cancelled. */
export function ActivityFacts({ activity }: { activity: ActivityView }) {
  return (
    <View className="mq-card" id="activity-facts">
      <View className="sv-activity__head">
        <View className="mq-title">{activity.title}</View>
        <Tag id="activity-phase" state={activity.phase} tone={activityPhaseTones[activity.phase]}>
          {phaseLabel(activity.phase)}
        </Tag>
      </View>
      {activity.cancelReason ? (
        <View className="sv-activity__cancelled" id="activity-cancel-reason">
          取消原因：{activity.cancelReason}
        </View>
      ) : null}
      <InfoRow label="时间" id="activity-time">
        {activityTimeText(activity)}
      </InfoRow>
      <InfoRow label="地点" id="activity-place">
        {activity.place}
      </InfoRow>
      <InfoRow label="红帆驿站" id="activity-station">
        {activity.stationName}
      </InfoRow>
      <InfoRow label="名额" id="activity-seats">
        {seatsText(activity)}
      </InfoRow>
      <InfoRow label="报名" id="activity-closes">
        {signUpClosesText(activity)}
      </InfoRow>
      <InfoRow label="组织者">{activity.organiserName}</InfoRow>
      {activity.description ? (
        <View className="mq-text sv-activity__description" id="activity-description">
          {activity.description}
        </View>
      ) : null}
    </View>
  );
}
