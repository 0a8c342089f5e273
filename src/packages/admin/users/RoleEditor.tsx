import { Button, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { communityNames, type Directory } from '@domain/places';
import { roleLabels, roles, type Role, type UserSummary } from '@domain/users';
import { useCommand } from '../../../hooks/useCommand';
import { RoleConfirmDialog } from './RoleConfirmDialog';

function sameCommunities(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** One user's role and communities; 保存 asks first (RoleConfirmDialog) when anything changed. */
export function RoleEditor({
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
  const [confirming, setConfirming] = useState(false);
  const saving = useCommand({ toast: 'admin-toast', failures: 'toast' });
  const single = role === 'resident';
  const changed = role !== user.role || !sameCommunities(communityIds, user.communityIds);

  function toggleCommunity(id: string) {
    if (single) return setCommunityIds([id]);
    setCommunityIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  }

  async function save() {
    const input = { userId: user.id, role, communityIds };
    const sent = await saving.run(input, (requestId) => call('account', 'assignRole', input, { requestId }), {
      done: '已保存，并记入审计日志',
    });
    setConfirming(false);
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
          <Button
            id="role-save"
            type="primary"
            size="large"
            block
            loading={saving.busy}
            onClick={() => (changed ? setConfirming(true) : onClose())}
          >
            保存
          </Button>
        </View>
      </View>
      {confirming ? (
        <RoleConfirmDialog
          name={user.name}
          role={role}
          communities={communityNames(directory, communityIds)}
          busy={saving.busy}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Popup>
  );
}
