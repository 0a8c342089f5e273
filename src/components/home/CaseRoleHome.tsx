import { Text, View } from '@tarojs/components';
import { scopeLines } from '@domain/scopeLines';
import { isCaseRole, roleLabels } from '@domain/users';
import { useSession } from '../../state/session';

/**
 * The home of 街呼区应's roles (网格员, 街道, 区直部门, 物业) until the case loop opens: the scope
 * an admin gave them, and plainly that their tools are not here yet. Nothing here pretends to work.
 */
export function CaseRoleHome() {
  const { user, directory } = useSession();
  if (!user || !isCaseRole(user.role)) return null;
  const lines = directory ? scopeLines({ ...user, role: user.role }, directory) : [];
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
