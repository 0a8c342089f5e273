import { View } from '@tarojs/components';
import type { ConsultationView } from '@domain/matters/views';
import { formatShanghaiDay } from '@domain/time';
import { fullTime } from './format';
import { InfoRow } from '../InfoRow';
import { actionStateLabels } from '@domain/matters/labels';
import { CardTitle } from '../CardTitle';
import './ConsultationCard.scss';

/** 拉呱说事: when and where the matter is talked over, who comes, what was said and agreed. */
export function ConsultationCard({ consultation }: { consultation: ConsultationView }) {
  const c = consultation;
  return (
    <View className="mq-card" id="consultation">
      <CardTitle>协商会（拉呱说事）</CardTitle>
      <InfoRow label="时间">{fullTime(c.scheduledAt)}</InfoRow>
      <InfoRow label="地点">{c.place}</InfoRow>
      <InfoRow label="议程">{c.agenda}</InfoRow>
      <InfoRow label="邀请居民">{`${c.invitedResidentCount}人`}</InfoRow>
      <InfoRow label="参加部门">{c.departments.join('、')}</InfoRow>
      <InfoRow label="民情书记">{c.cadreNames.join('、')}</InfoRow>
      <InfoRow label="会议纪要" id="consultation-minutes">
        {c.minutes}
      </InfoRow>
      {c.actions.length ? (
        <View className="mq-consultation__actions" id="consultation-actions">
          <View className="mq-consultation__actions-title">议定事项</View>
          {c.actions.map((action) => (
            <View key={action.id} className="mq-consultation__action" id={`action-${action.id}`}>
              <View className="mq-consultation__action-text">{action.description}</View>
              <View className="mq-consultation__action-meta">
                负责：{action.owner} · 期限：{formatShanghaiDay(action.dueDate)} ·{' '}
                <View className={`mq-consultation__action-state mq-consultation__action-state--${action.state}`}>
                  {actionStateLabels[action.state]}
                </View>
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
