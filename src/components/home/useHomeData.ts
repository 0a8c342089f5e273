import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useAsync } from '../../hooks/useAsync';

/**
 * A home's one call, kept fresh: loaded when the home opens, again when its tab comes back into
 * view (a queue emptied or a booking made elsewhere shows at once), and on pull-down. `updatedAt`
 * is when the answer arrived, which the home shows beside its 刷新 (h5 in a desktop browser has
 * no pull-down gesture, so the tap is always there).
 */
export function useHomeData<T>(load: () => Promise<T>) {
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const loaded = useAsync(async () => {
    const data = await load();
    setUpdatedAt(Date.now());
    return data;
  }, []);

  // Only a show after a hide is the tab coming back: the page's first show (which may come before
  // or after this mounts, by platform) is the opening load's own.
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    void loaded.reload();
  });
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });

  return { ...loaded, updatedAt };
}
