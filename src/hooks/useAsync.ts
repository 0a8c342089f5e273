import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/apiError';

export type AsyncState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ApiError };

/** Loads data for a screen and keeps the loading / ready / error state that the UI shows. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', data: null, error: null });
  const latest = useRef(0);

  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setState((previous) => ({ status: 'loading', data: previous.data, error: null }));
    try {
      const data = await load();
      if (ticket === latest.current) setState({ status: 'ready', data, error: null });
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('INTERNAL', '加载失败，请重试');
      if (ticket === latest.current) setState((previous) => ({ status: 'error', data: previous.data, error }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void run();
  }, [run]);

  /**
   * Shows data the screen already has (a command answered with the updated view): no request,
   * and a load still in flight no longer overwrites it.
   */
  const show = useCallback((data: T) => {
    latest.current += 1;
    setState({ status: 'ready', data, error: null });
  }, []);

  return { ...state, reload: run, show };
}
