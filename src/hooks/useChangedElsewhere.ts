import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';

/**
 * Runs `reload` when this page is next shown after another page reported `event`. A hidden page
 * (a tab under the page where the booking was made) does not reload on every change it hears of:
 * it costs a round trip only when someone looks at it again, and then once for any number of
 * changes.
 */
export function useChangedElsewhere(event: string, reload: () => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  const stale = useRef(false);
  useEffect(() => {
    const markStale = () => {
      stale.current = true;
    };
    Taro.eventCenter.on(event, markStale);
    return () => void Taro.eventCenter.off(event, markStale);
  }, [event]);
  useDidShow(() => {
    if (!stale.current) return;
    stale.current = false;
    latest.current();
  });
}
