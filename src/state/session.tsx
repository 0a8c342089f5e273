import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/apiError';
import { call } from '../api/client';
import { isElderModeActive } from '@domain/elderMode';
import type { Directory } from '@domain/places';
import type { ElderMode, SelfView } from '@domain/users';
import { markElderRoot } from './elderRoot';
import { cacheElderMode, cachedElderMode } from './localPrefs';
import { systemFontSizePx } from './systemFont';
import { routes } from '@domain/routes';
import { restartAt } from '../navigation';

export type SessionStatus = 'loading' | 'ready' | 'signedOut' | 'error';

export interface SessionValue {
  status: SessionStatus;
  user: SelfView | null;
  directory: Directory | null;
  error: ApiError | null;
  /** Whether pages draw in elder mode now (preference + phone font setting). */
  elder: boolean;
  elderPreference: ElderMode;
  reload(): Promise<void>;
  setUser(user: SelfView): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Signs in once for the whole app (WeChat identity, or the host's dev session in h5). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUserState] = useState<SelfView | null>(null);
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [elderPreference, setElderPreference] = useState<ElderMode>(cachedElderMode);

  const setUser = useCallback((next: SelfView) => {
    setUserState(next);
    setElderPreference(next.elderMode);
    cacheElderMode(next.elderMode);
  }, []);

  const reload = useCallback(async () => {
    setStatus('loading');
    try {
      const [login, places] = await Promise.all([call('account', 'login', {}), call('account', 'directory', {})]);
      setUser(login.user);
      setDirectory(places);
      setError(null);
      setStatus('ready');
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError('INTERNAL', '登录失败，请重试');
      setError(apiError);
      setStatus(apiError.code === 'UNAUTHENTICATED' ? 'signedOut' : 'error');
    }
  }, [setUser]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (status === 'signedOut' && process.env.TARO_ENV === 'h5') {
      void restartAt(routes.devLogin);
    }
  }, [status]);

  const elder = useMemo(() => isElderModeActive(elderPreference, systemFontSizePx()), [elderPreference]);
  useEffect(() => markElderRoot(elder), [elder]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user,
      directory,
      error,
      elder,
      elderPreference,
      reload,
      setUser,
    }),
    [status, user, directory, error, elder, elderPreference, reload, setUser],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}
