import { Toast } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { devLogin, listDemoIdentities } from '../../api/devLogin';
import { Screen } from '../../components/Screen';
import { ErrorView, LoadingView, StateView } from '../../components/StateView';
import { useAsync } from '../../hooks/useAsync';
import { useCommand } from '../../hooks/useCommand';
import { useSession } from '../../state/session';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../navigation';

/** h5 only: the local host's stand-in for WeChat sign-in. Lists the seeded demo identities. */
export default function DevLoginPage() {
  const identities = useAsync(listDemoIdentities, []);
  const { reload } = useSession();
  const signingIn = useCommand({ toast: 'login-toast', failures: 'toast' });

  async function signIn(userId: string) {
    const sent = await signingIn.run(userId, () => devLogin(userId));
    if (!sent.ok) return;
    await reload();
    await openPage(routes.home);
  }

  return (
    <Screen>
      <View className="dev-login__intro">
        <View className="mq-title">选择一个演示身份</View>
        <View className="mq-muted">本地演示环境：在微信中会自动以您的微信身份登录。</View>
      </View>
      {identities.status === 'loading' ? <LoadingView /> : null}
      {identities.status === 'error' ? (
        <ErrorView message={identities.error.message} onRetry={() => void identities.reload()} />
      ) : null}
      {identities.status === 'ready' && identities.data.length === 0 ? (
        <StateView kind="empty" title="没有演示身份" detail="请以开发模式启动本地主机（npm start）" />
      ) : null}
      {(identities.data ?? []).map((identity) => (
        <View
          key={identity.id}
          id={`identity-${identity.id}`}
          className="dev-identity"
          onClick={() => void signIn(identity.id)}
        >
          <Text className="dev-identity__role">{identity.roleLabel}</Text>
          <View>
            <View className="dev-identity__name">{identity.name}</View>
            <View className="mq-muted">{[identity.community, identity.note].filter(Boolean).join(' · ')}</View>
          </View>
        </View>
      ))}
      <Toast id="login-toast" />
    </Screen>
  );
}
