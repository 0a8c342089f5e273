import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CODE_WINDOW_MS } from '@domain/service/signInCodes';
import { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';

export interface RotatingCode {
  code: string | null;
  /** Whole seconds until the code is replaced, for the countdown. */
  secondsLeft: number;
  error: ApiError | null;
}

/** Never ask again sooner than this: a phone whose clock runs ahead would otherwise ask non-stop. */
const MIN_WAIT_MS = 1000;

/**
 * The organiser's current sign-in code, asked for again when it expires (every 30 s), with a
 * countdown ticking each second. It stops while the page is hidden (the phone locked, another
 * page opened) and asks at once on coming back, so no stale code is ever shown. `onNewCode` runs
 * after each new code (the page reads the roster again then, to show who has just signed in).
 */
export function useRotatingCode(activityId: string, enabled: boolean, onNewCode?: () => void): RotatingCode {
  const [state, setState] = useState<{ code: string | null; expiresAt: number; error: ApiError | null }>({
    code: null,
    expiresAt: 0,
    error: null,
  });
  const [now, setNow] = useState(() => Date.now());
  const [visible, setVisible] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const newCode = useRef(onNewCode);
  newCode.current = onNewCode;

  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  useEffect(() => {
    if (!enabled || !visible) return stop;
    let live = true;
    async function fetchCode() {
      try {
        const answer = await call('service', 'activityCode', { activityId });
        if (!live) return;
        setState({ code: answer.code, expiresAt: answer.expiresAt, error: null });
        setNow(Date.now());
        newCode.current?.();
        const wait = Math.min(Math.max(answer.expiresAt - Date.now(), MIN_WAIT_MS), CODE_WINDOW_MS);
        timer.current = setTimeout(() => void fetchCode(), wait);
      } catch (caught) {
        if (!live) return;
        const error = caught instanceof ApiError ? caught : new ApiError('INTERNAL', '签到码获取失败');
        // An old code no longer works: say why instead of showing it; a lost network is tried again
        // shortly, a refusal (the activity cancelled or over) is not.
        setState({ code: null, expiresAt: 0, error });
        if (error.unanswered) timer.current = setTimeout(() => void fetchCode(), CODE_WINDOW_MS / 6);
      }
    }
    void fetchCode();
    return () => {
      live = false;
      stop();
    };
  }, [activityId, enabled, visible, stop]);

  useEffect(() => {
    if (!enabled || !visible) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [enabled, visible]);

  const secondsLeft = Math.min(CODE_WINDOW_MS / 1000, Math.max(0, Math.ceil((state.expiresAt - now) / 1000)));
  return { code: state.code, secondsLeft, error: state.error };
}
