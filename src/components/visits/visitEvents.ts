import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';

const VISIT_CHANGED = 'mq:visit-changed';

/** Tells the other visit pages that a booking changed (booked, cancelled, moved), so they reload. */
export function notifyVisitChanged(): void {
  Taro.eventCenter.trigger(VISIT_CHANGED);
}

/** Runs `onChange` whenever another page reports a changed booking. */
export function useVisitChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const handler = () => latest.current();
    Taro.eventCenter.on(VISIT_CHANGED, handler);
    return () => void Taro.eventCenter.off(VISIT_CHANGED, handler);
  }, []);
}
