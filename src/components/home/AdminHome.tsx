import { Text, View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { roleLabels, roles } from '@domain/users';
import { homeLoaders } from '../../api/home';
import { openPage } from '../../navigation';
import { ErrorView, LoadingView } from '../StateView';
import { HomeEntries } from './HomeEntries';
import { RefreshBar } from './RefreshBar';
import { useHomeData } from './useHomeData';

const entries = [
  { id: 'entry-users', name: '用户与角色', hint: '设置民情书记、居委会', open: () => openPage(routes.adminUsers) },
];

/** The admin's home: how many people use the app in each role, and the way to the users page. */
export function AdminHome() {
  const loaded = useHomeData(homeLoaders.admin);
  const users = loaded.data?.users;
  return (
    <View id="admin-home">
      <RefreshBar
        title="用户"
        updatedAt={loaded.updatedAt}
        busy={loaded.status === 'loading'}
        onRefresh={loaded.reload}
      />
      {users ? (
        <View className="mq-card" id="user-counts" onClick={() => void openPage(routes.adminUsers)}>
          {roles.map((role) => (
            <View key={role} className="mq-home-row mq-home-row--split" id={`users-${role}`}>
              <Text className="mq-text">{roleLabels[role]}</Text>
              <Text className="mq-home-row__seats">{`${users[role]} 人`}</Text>
            </View>
          ))}
        </View>
      ) : loaded.status === 'error' ? (
        <ErrorView message={loaded.error.message} onRetry={loaded.reload} />
      ) : (
        <LoadingView />
      )}
      <HomeEntries entries={entries} />
    </View>
  );
}
