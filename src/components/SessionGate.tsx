import type { ReactNode } from 'react';
import type { SelfView } from '@domain/users';
import { useSession } from '../state/session';
import { ErrorView, LoadingView } from './StateView';

/** Renders its children only once the caller is signed in; otherwise the loading or error screen. */
export function SessionGate({ children }: { children: (user: SelfView) => ReactNode }) {
  const session = useSession();
  if (session.status === 'ready' && session.user) return <>{children(session.user)}</>;
  if (session.status === 'error') {
    return <ErrorView message={session.error?.message ?? '登录失败'} onRetry={() => void session.reload()} />;
  }
  return <LoadingView title={session.status === 'signedOut' ? '正在前往登录…' : '正在登录…'} />;
}
