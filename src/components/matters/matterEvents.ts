import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';

const MATTER_CHANGED = 'mq:matter-changed';

/** Tells the lists that a matter changed (raised, supported, commented), so they reload when seen again. */
export function notifyMatterChanged(): void {
  Taro.eventCenter.trigger(MATTER_CHANGED);
}

/** Runs `onChange` whenever another page reports a changed matter. */
export function useMatterChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const handler = () => latest.current();
    Taro.eventCenter.on(MATTER_CHANGED, handler);
    return () => void Taro.eventCenter.off(MATTER_CHANGED, handler);
  }, []);
}
