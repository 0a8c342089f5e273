import { Button, Popup, Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { communityNames, type Directory } from '@domain/places';
import { roleLabels, roles, type Role, type UserSummary } from '@domain/users';
import { useAsync } from '../../../hooks/useAsync';
import { useSession } from '../../../state/session';
import './index.scss';
import { useCommand } from '../../../hooks/useCommand';

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
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [extra, setExtra] = useState<{ items: UserSummary[]; cursor: string | null } | null>(null);
  const page = useAsync(() => {
    setExtra(null);
    return call('account', 'listUsers', filter === 'all' ? { limit: 20 } : { role: filter, limit: 20 });
  }, [filter]);

  async function loadMore(cursor: string) {
    const next = await call('account', 'listUsers', {
      ...(filter === 'all' ? {} : { role: filter }),
      cursor,
      limit: 20,
    });
    setExtra((previous) => ({ items: [...(previous?.items ?? []), ...next.items], cursor: next.nextCursor }));
  }

  const users = [...(page.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : (page.data?.nextCursor ?? null);
  return (
    <View>
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
      {page.status === 'ready' && users.length === 0 ? <StateView kind="empty" title="没有符合条件的用户" /> : null}
      {users.map((user) => (
        <View key={user.id} id={`user-${user.id}`} className="admin-user" onClick={() => setEditing(user)}>
          <View>
            <View className="admin-user__name">{user.name || '（未填写姓名）'}</View>
            <View className="mq-muted">
              {(directory && communityNames(directory, user.communityIds)) || '未指定社区'}
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

function RoleEditor({
  user,
  directory,
  onClose,
  onSaved,
}: {
  user: UserSummary;
  directory: Directory;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [role, setRole] = useState<Role>(user.role);
  const [communityIds, setCommunityIds] = useState<string[]>(user.communityIds);
  const saving = useCommand({ toast: 'admin-toast', failures: 'toast' });
  const single = role === 'resident';

  function toggleCommunity(id: string) {
    if (single) return setCommunityIds([id]);
    setCommunityIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  }

  async function save() {
    const input = { userId: user.id, role, communityIds };
    const sent = await saving.run(input, (requestId) => call('account', 'assignRole', input, { requestId }), {
      done: '已保存，并记入审计日志',
    });
    if (sent.ok) onSaved();
  }

  return (
    <Popup visible position="bottom" round title={`设置：${user.name || '未填写姓名'}`} onClose={onClose}>
      <View className="admin-editor" id="role-editor">
        <View className="admin-editor__label">角色</View>
        <ChoiceList
          idPrefix="role"
          choices={roles.map((r) => ({ id: r, label: roleLabels[r] }))}
          selected={role}
          onSelect={(id) => setRole(id as Role)}
        />
        <View className="admin-editor__label">{single ? '所属社区' : '负责的社区（可多选）'}</View>
        <ChoiceList
          idPrefix="assign-community"
          multiple={!single}
          choices={directory.communities.map((c) => ({ id: c.id, label: c.name }))}
          selected={communityIds}
          onSelect={toggleCommunity}
        />
        <View className="admin-editor__actions">
          <Button id="role-save" type="primary" size="large" block loading={saving.busy} onClick={() => void save()}>
            保存
          </Button>
        </View>
      </View>
    </Popup>
  );
}
