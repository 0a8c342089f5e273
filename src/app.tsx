import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { answerWechatPrivacyRequests } from './api/privacy';
import { ConsentHost } from './components/notifications/ConsentHost';
import '@domain/zodLocale';
import { registerOfflinePage } from './offlinePage';
import { SessionProvider } from './state/session';
import { guardTabBar } from './tabBarGuard';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // The env id is compiled in from CLOUDBASE_ENV_ID; without it WeChat uses the default env.
  Taro.cloud.init({ env: process.env.CLOUDBASE_ENV_ID || undefined, traceUser: true });
}
// WeChat asks our privacy sheet whenever it holds back an API for want of the user's agreement.
answerWechatPrivacyRequests();
// h5: offline, a tab tap says so instead of half switching; a reload shows a Chinese offline page.
guardTabBar();
registerOfflinePage();

function App({ children }: PropsWithChildren) {
  return (
    <SessionProvider>
      {children}
      <ConsentHost />
    </SessionProvider>
  );
}

export default App;
