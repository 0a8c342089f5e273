import { View } from '@tarojs/components';
import { call } from '../../../api/client';
import { CursorFeed } from '../../../components/CursorFeed';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { usePagedFeed } from '../../../hooks/usePagedFeed';
import { AuditLine } from './AuditLine';
import './index.scss';

/**
 * 审计记录: who changed whose role and which cadre saw whose phone and address, newest first,
 * 20 at a time (account.auditTrail). Pull down for the newest; the foot loads more.
 */
export default function AdminAuditPage() {
  return (
    <RoleOnly roles={['admin']} className="admin-audit">
      {() => <AuditTrail />}
    </RoleOnly>
  );
}

function AuditTrail() {
  const list = useCursorList(
    (cursor?: string) => call('account', 'auditTrail', { limit: 20, ...(cursor ? { cursor } : {}) }),
    [],
  );
  usePagedFeed(list);
  const now = Date.now();
  return (
    <View id="admin-audit-page">
      <View className="admin-audit__intro">
        角色变更和民情书记查看居民电话、地址的每一次记录，最新的在前。已注销的用户显示为“已注销用户”。
      </View>
      <CursorFeed
        list={list}
        id="audit-list"
        idPrefix="audit-feed"
        empty={{ title: '还没有审计记录', detail: '设置角色或查看居民联系方式后，记录会出现在这里' }}
        renderItem={(entry) => <AuditLine key={entry.id} entry={entry} now={now} />}
      />
    </View>
  );
}
