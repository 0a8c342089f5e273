import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useAsync } from '../../hooks/useAsync';

/** A show this soon after a load started is the page opening, not the tab coming back. */
const JUST_LOADED_MS = 2000;

/**
 * A home's one call, kept fresh: loaded when the home opens, again when its tab comes back into
 * view (a queue emptied or a booking made elsewhere shows at once), and on pull-down. `updatedAt`
 * is when the answer arrived, which the home shows beside its 刷新 (h5 in a desktop browser has
 * no pull-down gesture, so the tap is always there).
 */
export function useHomeData<T>(load: () => Promise<T>) {
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const startedAt = useRef(0);
  const loaded = useAsync(async () => {
    startedAt.current = Date.now();
    const data = await load();
    setUpdatedAt(Date.now());
    return data;
  }, []);

  // Whether the page's first show comes before or after this mounts differs by platform: a show
  // right after the opening load started is that load's, so it does not ask twice.
  useDidShow(() => {
    if (Date.now() - startedAt.current > JUST_LOADED_MS) void loaded.reload();
  });
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  return { ...loaded, updatedAt };
}
