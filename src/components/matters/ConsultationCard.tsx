import { Text, View } from '@tarojs/components';
import { actionStateLabels, actionStateTones } from '@domain/matters/labels';
import type { ConsultationView } from '@domain/matters/views';
import { formatShanghaiDay, formatWhen } from '@domain/time';
import { CardTitle } from '../CardTitle';
import { InfoRow } from '../InfoRow';
import { Tag } from '../Tag';
import './ConsultationCard.scss';

/** Why there are no minutes yet, for the committee that will write them. */
function minutesToDo(held: boolean): string {
  return held ? '会后请记录纪要' : '协商会开始后可记录纪要';
}

/**
 * 拉呱说事: when and where the matter is talked over, who comes, what was said and agreed, the
 * same card on the matter page and the committee's control panel; the committee
 * (`forCommittee`) is also told when the minutes are still to be written.
 */
export function ConsultationCard({
  consultation,
  forCommittee = false,
}: {
  consultation: ConsultationView;
  forCommittee?: boolean;
}) {
  const c = consultation;
  return (
    <View className="mq-card" id="consultation">
      <CardTitle>协商会（拉呱说事）</CardTitle>
      <InfoRow label="时间">{formatWhen(c.scheduledAt, Date.now())}</InfoRow>
      <InfoRow label="地点">{c.place}</InfoRow>
      <InfoRow label="议程">{c.agenda}</InfoRow>
      <InfoRow label="邀请居民">{`${c.invitedResidentCount}人`}</InfoRow>
      <InfoRow label="参加部门">{c.departments.join('、')}</InfoRow>
      <InfoRow label="民情书记">{c.cadreNames.join('、')}</InfoRow>
      <InfoRow label="会议纪要" id="consultation-minutes">
        {c.minutes}
      </InfoRow>
      {forCommittee && !c.minutes ? (
        <InfoRow label="会议纪要">
          <Text className="mq-muted" id="consultation-minutes-note">
            {minutesToDo(c.held)}
          </Text>
        </InfoRow>
      ) : null}
      {c.actions.length ? (
        <View className="mq-consultation__actions" id="consultation-actions">
          <View className="mq-consultation__actions-title">议定事项</View>
          {c.actions.map((action) => (
            <View key={action.id} className="mq-consultation__action" id={`action-${action.id}`}>
              <View className="mq-consultation__action-head">
                <View className="mq-consultation__action-text">{action.description}</View>
                <Tag tone={actionStateTones[action.state]} state={action.state}>
                  {actionStateLabels[action.state]}
                </Tag>
              </View>
              <View className="mq-consultation__action-meta">
                负责：{action.owner || '未定'} · 期限：{formatShanghaiDay(action.dueDate)}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <InfoRow label="协商结果" id="consultation-outcome">
        {c.outcome}
      </InfoRow>
    </View>
  );
}
