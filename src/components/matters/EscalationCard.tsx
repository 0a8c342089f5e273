import { View } from '@tarojs/components';
import type { EscalationView } from '@domain/matters/views';
import { formatShanghaiDay } from '@domain/time';
import { fullTime } from './format';
import { InfoRow } from '../InfoRow';
import { escalationLevelLabels } from '@domain/matters/labels';
import { CardTitle } from '../CardTitle';
import './EscalationCard.scss';

/** 街呼区应: which department it went to, by when it must answer, and what it said (or that it is late). */
export function EscalationCard({ escalation }: { escalation: EscalationView }) {
  const e = escalation;
  return (
    <View className={`mq-card mq-escalation ${e.overdue ? 'mq-escalation--overdue' : ''}`} id="escalation">
      <CardTitle>已上报（街呼区应）</CardTitle>
      {e.overdue ? (
        <View className="mq-escalation__overdue" id="escalation-overdue">
          已超过答复期限，部门尚未答复
        </View>
      ) : null}
      <InfoRow label="上报至">{`${escalationLevelLabels[e.level]} · ${e.department}`}</InfoRow>
      <InfoRow label="上报时间">{fullTime(e.escalatedAt)}</InfoRow>
      <InfoRow label="答复期限">{formatShanghaiDay(e.dueDate)}</InfoRow>
      <InfoRow label="说明">{e.note}</InfoRow>
      {e.response ? (
        <InfoRow label="部门答复" id="escalation-response">
          {`${e.response}${e.respondedAt ? `（${fullTime(e.respondedAt)}）` : ''}`}
        </InfoRow>
      ) : (
        <InfoRow label="部门答复">等待答复</InfoRow>
      )}
    </View>
  );
}
