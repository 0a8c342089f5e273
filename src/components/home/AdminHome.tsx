import { Text, View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { roleLabels, roles } from '@domain/users';
import { homeLoaders } from '../../api/home';
import { openPage } from '../../navigation';
import { WorkbenchShell } from './WorkbenchShell';

const entries = [
  { id: 'entry-users', name: '用户与角色', hint: '设置民情书记、居委会', open: () => openPage(routes.adminUsers) },
];

/** The admin's home: how many people use the app in each role, and the way to the users page. */
export function AdminHome() {
  return (
    <WorkbenchShell id="admin-home" title="用户" load={homeLoaders.admin} entries={entries}>
      {({ users }) => (
        <View className="mq-card" id="user-counts" onClick={() => void openPage(routes.adminUsers)}>
          {roles.map((role) => (
            <View key={role} className="mq-home-row mq-home-row--split" id={`users-${role}`}>
              <Text className="mq-text">{roleLabels[role]}</Text>
              <Text className="mq-home-row__seats">{`${users[role]} 人`}</Text>
            </View>
          ))}
        </View>
      )}
    </WorkbenchShell>
  );
}
