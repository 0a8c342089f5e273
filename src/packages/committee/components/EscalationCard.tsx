import { View } from '@tarojs/components';
import type { EscalationView } from '@domain/matters/views';
import { formatShanghai, formatShanghaiDay } from '@domain/time';
import { CardTitle } from '../../../components/CardTitle';
import { InfoRow } from '../../../components/InfoRow';
import { escalationLevelLabels } from '@domain/matters/labels';
import './EscalationCard.scss';

/** 街呼区应: where the matter went, by when the answer is due, and the answer; overdue in red. */
export function EscalationCard({ escalation }: { escalation: EscalationView }) {
  const overdue = escalation.overdue && !escalation.respondedAt;
  return (
    <View className={`mq-card cm-escalation ${overdue ? 'cm-escalation--overdue' : ''}`} id="escalation-card">
      <CardTitle>街呼区应</CardTitle>
      {overdue ? (
        <View className="cm-escalation__overdue" id="escalation-overdue" role="alert">
          已超过答复期限，请催办
        </View>
      ) : null}
      <InfoRow label="上报给">
        {escalationLevelLabels[escalation.level]} · {escalation.department}
      </InfoRow>
      <InfoRow label="答复期限">
        <View className={overdue ? 'cm-escalation__due--overdue' : ''} id="escalation-due">
          {formatShanghaiDay(escalation.dueDate)}前
        </View>
      </InfoRow>
      <InfoRow label="上报时间">{formatShanghai(escalation.escalatedAt, 'YYYY年M月D日 HH:mm')}</InfoRow>
      {escalation.note ? <InfoRow label="说明">{escalation.note}</InfoRow> : null}
      <InfoRow label="答复" id="escalation-response">
        {escalation.response ? escalation.response : <View className="mq-muted">尚未答复</View>}
      </InfoRow>
      {escalation.respondedAt ? (
        <InfoRow label="答复时间">{formatShanghai(escalation.respondedAt, 'YYYY年M月D日 HH:mm')}</InfoRow>
      ) : null}
    </View>
  );
}
