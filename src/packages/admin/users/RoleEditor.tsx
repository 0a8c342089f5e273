import { Button, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { communityNames, type Directory } from '@domain/places';
import { orgLabels } from '@domain/roleScope';
import { scopeLines } from '@domain/scopeLines';
import { isCaseRole, roleLabels, roles, type Role, type UserSummary } from '@domain/users';
import { useCommand } from '../../../hooks/useCommand';
import { RoleConfirmDialog } from './RoleConfirmDialog';
import { ScopePicker, type CaseScope } from './ScopePicker';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * One user's role and scope: communities, or for a case role its grids or body (the server derives
 * its communities). 保存 asks first (RoleConfirmDialog) when anything changed.
 */
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
  const [scope, setScope] = useState<CaseScope>({ gridIds: user.gridIds, orgId: user.orgId });
  const [confirming, setConfirming] = useState(false);
  const saving = useCommand({ toast: 'admin-toast', failures: 'toast' });
  const single = role === 'resident';
  const caseRole = isCaseRole(role) ? role : null;
  const changed =
    role !== user.role ||
    (caseRole
      ? scope.orgId !== user.orgId || !sameIds(scope.gridIds, user.gridIds)
      : !sameIds(communityIds, user.communityIds));

  // Said here rather than after a round trip: the server refuses a case role without its scope too.
  const missingScope = caseRole
    ? caseRole === 'gridWorker'
      ? scope.gridIds.length === 0 && '请至少选择一个网格'
      : scope.orgId === null && `请选择${orgLabels[caseRole]}`
    : false;

  function chooseRole(next: Role) {
    setRole(next);
    // A grid worker's grids mean nothing to a street: a new kind of scope starts empty.
    if (next !== user.role) setScope({ gridIds: [], orgId: null });
    else setScope({ gridIds: user.gridIds, orgId: user.orgId });
  }

  function toggleCommunity(id: string) {
    if (single) return setCommunityIds([id]);
    setCommunityIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  }

  async function save() {
    const input = caseRole
      ? { userId: user.id, role, communityIds: [], gridIds: scope.gridIds, orgId: scope.orgId }
      : { userId: user.id, role, communityIds };
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
          onSelect={(id) => chooseRole(id as Role)}
        />
        {caseRole ? (
          <ScopePicker role={caseRole} directory={directory} scope={scope} onChange={setScope} />
        ) : (
          <View>
            <View className="admin-editor__label">{single ? '所属社区' : '负责的社区（可多选）'}</View>
            <ChoiceList
              idPrefix="assign-community"
              multiple={!single}
              choices={directory.communities.map((c) => ({ id: c.id, label: c.name }))}
              selected={communityIds}
              onSelect={toggleCommunity}
            />
          </View>
        )}
        {missingScope ? (
          <View className="mq-muted" id="role-scope-missing">
            {missingScope}
          </View>
        ) : null}
        <View className="admin-editor__actions">
          <Button
            id="role-save"
            type="primary"
            size="large"
            block
            loading={saving.busy}
            disabled={Boolean(missingScope)}
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
          scope={
            caseRole
              ? scopeLines({ role: caseRole, communityIds: [], ...scope }, directory).join('；')
              : communityIds.length > 0
                ? `社区：${communityNames(directory, communityIds)}`
                : ''
          }
          busy={saving.busy}
          onConfirm={() => void save()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Popup>
  );
}
