import { View } from '@tarojs/components';
import { auditTrailKindLabels } from '@domain/auditTrail';
import type { AuditTrailEntry } from '@domain/contract';
import { formatWhen } from '@domain/time';
import { Tag } from '../../../components/Tag';

/** What the actor did to the subject, in words around their names. */
const doneTo: Record<AuditTrailEntry['kind'], [string, string]> = {
  roleChange: ['设置了', ' 的角色'],
  contactReveal: ['查看了', ' 的联系方式'],
  ledgerExport: ['导出了', ' 的台账'],
};

/** One line of 审计记录: what happened, who did it to whom, when, and why. */
export function AuditLine({ entry, now }: { entry: AuditTrailEntry; now: number }) {
  return (
    <View className="admin-audit__line" id={`audit-${entry.id}`} data-kind={entry.kind}>
      <View className="admin-audit__head">
        <Tag tone={entry.kind === 'roleChange' ? 'news' : 'warn'}>{auditTrailKindLabels[entry.kind]}</Tag>
        <View className="mq-muted">{formatWhen(entry.at, now)}</View>
      </View>
      <View className="admin-audit__who">
        {entry.actorName} {doneTo[entry.kind][0]} {entry.subjectName}
        {doneTo[entry.kind][1]}
      </View>
      <View className="admin-audit__detail">{entry.detail}</View>
      {entry.reason ? (
        <View className="mq-muted">
          {entry.kind === 'ledgerExport' ? '' : '原因：'}
          {entry.reason}
        </View>
      ) : null}
    </View>
  );
}
