import { Text, View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { isCaseRole, roleLabels } from '@domain/users';
import { openPage } from '../../navigation';
import { useSession } from '../../state/session';

/**
 * The home of 街呼区应's roles (网格员, 街道, 区直部门, 物业) until the case loop opens: plainly that
 * their tools are not here yet, and the way to the scope an admin gave them (shown on 个人资料, in
 * a subpackage: this home is part of the weapp main package, docs/adr/0013). Nothing here pretends
 * to work.
 */
export function CaseRoleHome() {
  const { user } = useSession();
  if (!user || !isCaseRole(user.role)) return null;
  return (
    <View id="case-role-home">
      <View className="mq-card" id="case-role-soon">
        <Text className="mq-muted">{`${roleLabels[user.role]}的工作台即将开放：街呼区应的案件将在这里接收和办理。`}</Text>
      </View>
      <View className="mq-card" id="case-role-scope-link" onClick={() => void openPage(routes.profile)}>
        <View className="mq-home-row">
          <Text className="mq-text">查看我的负责范围 ›</Text>
        </View>
      </View>
    </View>
  );
}
