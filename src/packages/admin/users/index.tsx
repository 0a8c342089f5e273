import { Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { communityNames, type Directory } from '@domain/places';
import { routes } from '@domain/routes';
import { isCaseRole, roleLabels, roles, type Role, type UserSummary } from '@domain/users';
import { scopeLines } from '@domain/scopeLines';
import { useAsync } from '../../../hooks/useAsync';
import { openPage } from '../../../navigation';
import { useSession } from '../../../state/session';
import { RoleEditor } from './RoleEditor';
import { UserSearch } from './UserSearch';
import './index.scss';

type RoleFilter = Role | 'all';

export default function AdminUsersPage() {
  return (
    <RoleOnly roles={['admin']} footer={<Toast id="admin-toast" />}>
      {() => <UserAdmin />}
    </RoleOnly>
  );
}

function UserAdmin() {
  const { directory } = useSession();
  const [filter, setFilter] = useState<RoleFilter>('all');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [extra, setExtra] = useState<{ items: UserSummary[]; cursor: string | null } | null>(null);
  // The role filter and the search together, as the server reads them.
  const query = { ...(filter === 'all' ? {} : { role: filter }), ...(search ? { search } : {}), limit: 20 };
  const page = useAsync(() => {
    setExtra(null);
    return call('account', 'listUsers', query);
  }, [filter, search]);

  async function loadMore(cursor: string) {
    const next = await call('account', 'listUsers', { ...query, cursor });
    setExtra((previous) => ({ items: [...(previous?.items ?? []), ...next.items], cursor: next.nextCursor }));
  }

  const users = [...(page.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : (page.data?.nextCursor ?? null);
  return (
    <View>
      <View className="admin-audit-link mq-tap" id="open-audit" onClick={() => void openPage(routes.adminAudit)}>
        审计记录：角色变更和查看联系方式 ›
      </View>
      <UserSearch onSearch={setSearch} />
      <View className="admin-filter">
        <ChoiceList
          idPrefix="filter"
          choices={[{ id: 'all', label: '全部' }, ...roles.map((r) => ({ id: r, label: roleLabels[r] }))]}
          selected={filter}
          onSelect={(id) => setFilter(id as RoleFilter)}
        />
      </View>
      {page.status === 'loading' && !page.data ? <LoadingView /> : null}
      {page.status === 'error' ? <ErrorView message={page.error.message} onRetry={() => void page.reload()} /> : null}
      {page.status === 'ready' && users.length === 0 ? (
        <StateView kind="empty" title="没有符合条件的用户" detail={search ? `没有找到“${search}”` : undefined} />
      ) : null}
      {users.map((user) => (
        <View key={user.id} id={`user-${user.id}`} className="admin-user" onClick={() => setEditing(user)}>
          <View>
            <View className="admin-user__name">{user.name || '（未填写姓名）'}</View>
            <View className="mq-muted">
              {(directory && scopeOf(user, directory)) || '未指定社区'}
              {user.maskedPhone ? ` · ${user.maskedPhone}` : ''}
            </View>
          </View>
          <Text className="mq-muted">{roleLabels[user.role]}</Text>
        </View>
      ))}
      {cursor ? (
        <View className="admin-more mq-tap" onClick={() => void loadMore(cursor)}>
          加载更多
        </View>
      ) : null}
      {editing && directory ? (
        <RoleEditor
          user={editing}
          directory={directory}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void page.reload();
          }}
        />
      ) : null}
    </View>
  );
}

/** A row's scope: its communities, or a case role's grids or body first (东门第一网格 · 东门社区). */
function scopeOf(user: UserSummary, directory: Directory): string {
  if (!isCaseRole(user.role)) return communityNames(directory, user.communityIds);
  return scopeLines({ ...user, role: user.role }, directory)
    .map((line) => line.slice(line.indexOf('：') + 1))
    .join(' · ');
}
