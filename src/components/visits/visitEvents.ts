import Taro from '@tarojs/taro';
import { unreadMayHaveChanged } from '../../api/unreadCount';
import { useChangedElsewhere } from '../../hooks/useChangedElsewhere';

const VISIT_CHANGED = 'mq:visit-changed';

/** Tells the other visit pages that a booking changed (booked, cancelled, moved), so they reload. */
export function notifyVisitChanged(): void {
  // The change may have written to the person's own inbox (a booking confirmed, a matter received).
  unreadMayHaveChanged();
  Taro.eventCenter.trigger(VISIT_CHANGED);
}

/** Runs `onChange` when this page is next shown after another page reported a changed booking. */
export function useVisitChanged(onChange: () => void): void {
  useChangedElsewhere(VISIT_CHANGED, onChange);
}
