import { Text, View } from '@tarojs/components';
import { communityNames, type Directory } from '@domain/places';
import { isCaseRole, roleLabels, type CaseRole, type SelfView } from '@domain/users';
import { useSession } from '../../state/session';

/**
 * The home of 街呼区应's roles (网格员, 街道, 区直部门, 物业) until the case loop opens: the scope
 * an admin gave them, and plainly that their tools are not here yet. Nothing here pretends to work.
 * Kept small on purpose: it is part of the weapp main package (docs/adr/0013).
 */
export function CaseRoleHome() {
  const { user, directory } = useSession();
  if (!user || !isCaseRole(user.role) || !directory) return null;
  const lines = scopeOf(user, user.role, directory);
  return (
    <View id="case-role-home">
      <View className="mq-section-title">我的负责范围</View>
      <View className="mq-card" id="case-role-scope">
        {lines.map((line) => (
          <View key={line} className="mq-home-row">
            <Text className="mq-text">{line}</Text>
          </View>
        ))}
      </View>
      <View className="mq-card" id="case-role-soon">
        <Text className="mq-muted">{`${roleLabels[user.role]}的工作台即将开放：街呼区应的案件将在这里接收和办理。`}</Text>
      </View>
    </View>
  );
}

/** `负责：东门第一网格`, then the communities and a company's compounds; unknown ids shown as they are. */
function scopeOf(user: SelfView, role: CaseRole, directory: Directory): string[] {
  const named = (places: { id: string; name: string }[], ids: string[]) =>
    ids.map((id) => places.find((p) => p.id === id)?.name ?? id).join('、');
  const bodies =
    role === 'street' ? directory.streets : role === 'department' ? directory.departments : directory.propertyCompanies;
  const company = directory.propertyCompanies.find((p) => p.id === user.orgId);
  return [
    `负责：${role === 'gridWorker' ? named(directory.grids, user.gridIds) : named(bodies, [user.orgId ?? ''])}`,
    user.communityIds.length > 0 ? `社区：${communityNames(directory, user.communityIds)}` : '',
    role === 'property' && company ? `管理小区：${named(directory.compounds, company.compoundIds)}` : '',
  ].filter(Boolean);
}
