import { View } from '@tarojs/components';
import type { ConsultationView } from '@domain/matters/views';
import { formatShanghai, formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { InfoRow } from '../../../components/InfoRow';
import { actionStateLabels } from '@domain/matters/labels';
import { Tag } from '../../../components/Tag';
import './ConsultationCard.scss';

/** 拉呱说事: when and where, who is invited, and, once held, the minutes, agreed actions and outcome. */
export function ConsultationCard({ consultation }: { consultation: ConsultationView }) {
  const invited = [
    consultation.invitedResidentCount > 0 ? `居民 ${consultation.invitedResidentCount} 人` : '',
    ...consultation.departments,
    ...consultation.cadreNames.map((name) => `民情书记 ${name}`),
  ].filter(Boolean);
  return (
    <View className="mq-card" id="consultation-card">
      <CardTitle>协商会（拉呱说事）</CardTitle>
      <InfoRow label="时间" id="consultation-time">
        {formatShanghaiDay(shanghaiDateOf(consultation.scheduledAt))}{' '}
        {formatShanghai(consultation.scheduledAt, 'HH:mm')}
      </InfoRow>
      <InfoRow label="地点" id="consultation-place">
        {consultation.place}
      </InfoRow>
      <InfoRow label="议程">{consultation.agenda}</InfoRow>
      <InfoRow label="邀请">{invited.length ? invited.join('、') : '—'}</InfoRow>
      {consultation.minutes ? (
        <InfoRow label="纪要" id="consultation-minutes">
          {consultation.minutes}
        </InfoRow>
      ) : (
        <InfoRow label="纪要">
          <View className="mq-muted" id="consultation-minutes-note">
            {consultation.held ? '会后请记录纪要' : '协商会开始后可记录纪要'}
          </View>
        </InfoRow>
      )}
      {consultation.actions.length > 0 ? (
        <View className="cm-actions-list" id="consultation-actions">
          <View className="cm-actions-list__title">议定事项</View>
          {consultation.actions.map((action, index) => (
            <View key={action.id} className="cm-actions-list__item">
              <View className="cm-actions-list__text">
                {index + 1}. {action.description}
              </View>
              <View className="cm-actions-list__meta">
                <Tag tone={action.state === 'done' ? 'quiet' : 'warn'}>{actionStateLabels[action.state]}</Tag>
                <View className="mq-muted">
                  {action.owner || '未定负责人'} · {formatShanghaiDay(action.dueDate)}前
                </View>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {consultation.outcome ? (
        <InfoRow label="结果" id="consultation-outcome">
          {consultation.outcome}
        </InfoRow>
      ) : null}
    </View>
  );
}
