import { Text, View } from '@tarojs/components';
import { escalationLevelLabels } from '@domain/matters/labels';
import type { EscalationView } from '@domain/matters/views';
import { formatShanghai, formatShanghaiDay, formatWhen } from '@domain/time';
import { CardTitle } from '../CardTitle';
import { InfoRow } from '../InfoRow';
import './EscalationCard.scss';

/**
 * 街呼区应: where the matter went, by when the answer is due, and the answer, the same card on the
 * matter page and the committee's control panel. Past the due date without an answer it says so
 * in red; the committee (`forCommittee`) is told to chase it. A matter a case holds (it has an
 * exact `dueAt`) gets the case's card instead: the holder, the due time, and the hand-offs below.
 */
export function EscalationCard({
  escalation,
  forCommittee = false,
}: {
  escalation: EscalationView;
  forCommittee?: boolean;
}) {
  if (escalation.dueAt !== null) return <DispatchedCard escalation={escalation} dueAt={escalation.dueAt} />;
  const e = escalation;
  return (
    <View className={`mq-card mq-escalation ${e.overdue ? 'mq-escalation--overdue' : ''}`} id="escalation">
      <CardTitle>已上报（街呼区应）</CardTitle>
      {e.overdue ? (
        <View className="mq-escalation__overdue" id="escalation-overdue" role="alert">
          {forCommittee ? '已超过答复期限，请催办' : '已超过答复期限，部门尚未答复'}
        </View>
      ) : null}
      <InfoRow label="上报至">{`${escalationLevelLabels[e.level]} · ${e.department}`}</InfoRow>
      <InfoRow label="上报时间">{formatWhen(e.escalatedAt, Date.now())}</InfoRow>
      <InfoRow label="答复期限" id="escalation-due">
        <Text className="mq-escalation__due">{`${formatShanghaiDay(e.dueDate)}前`}</Text>
      </InfoRow>
      <InfoRow label="说明">{e.note}</InfoRow>
      <InfoRow label="部门答复" id="escalation-response">
        {e.response || <Text className="mq-muted">等待答复</Text>}
      </InfoRow>
      <InfoRow label="答复时间">{e.respondedAt ? formatWhen(e.respondedAt, Date.now()) : ''}</InfoRow>
    </View>
  );
}

/** What residents read while a case holds their matter: who has it and by when, not a "level". */
function DispatchedCard({ escalation: e, dueAt }: { escalation: EscalationView; dueAt: number }) {
  return (
    <View className={`mq-card mq-escalation ${e.overdue ? 'mq-escalation--overdue' : ''}`} id="escalation">
      <CardTitle>已派遣（街呼区应）</CardTitle>
      {e.overdue ? (
        <View className="mq-escalation__overdue" id="escalation-overdue" role="alert">
          已超过答复期限，社区正在督促承办单位
        </View>
      ) : null}
      <InfoRow label="承办单位">{e.department}</InfoRow>
      <InfoRow label="派遣时间">{formatWhen(e.escalatedAt, Date.now())}</InfoRow>
      <InfoRow label="答复期限" id="escalation-due">
        <Text className="mq-escalation__due">{`${formatShanghai(dueAt, 'M月D日HH:mm')}前`}</Text>
      </InfoRow>
      <InfoRow label="办理情况" id="escalation-response">
        {e.respondedAt ? '已核查办结' : <Text className="mq-muted">办理中，每一步见下方「办理进展」</Text>}
      </InfoRow>
    </View>
  );
}
