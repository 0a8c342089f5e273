import { View } from '@tarojs/components';
import { auditTrailKindLabels } from '@domain/auditTrail';
import type { AuditTrailEntry } from '@domain/contract';
import { formatWhen } from '@domain/time';
import { Tag } from '../../../components/Tag';

/** One line of 审计记录: what happened, who did it to whom, when, and why. */
export function AuditLine({ entry, now }: { entry: AuditTrailEntry; now: number }) {
  return (
    <View className="admin-audit__line" id={`audit-${entry.id}`} data-kind={entry.kind}>
      <View className="admin-audit__head">
        <Tag tone={entry.kind === 'contactReveal' ? 'warn' : 'news'}>{auditTrailKindLabels[entry.kind]}</Tag>
        <View className="mq-muted">{formatWhen(entry.at, now)}</View>
      </View>
      <View className="admin-audit__who">
        {entry.actorName} {entry.kind === 'roleChange' ? '设置了' : '查看了'} {entry.subjectName}
        {entry.kind === 'roleChange' ? ' 的角色' : ' 的联系方式'}
      </View>
      <View className="admin-audit__detail">{entry.detail}</View>
      {entry.reason ? <View className="mq-muted">原因：{entry.reason}</View> : null}
    </View>
  );
}
