import Taro from '@tarojs/taro';
import { unreadMayHaveChanged } from '../../api/unreadCount';
import { useChangedElsewhere } from '../../hooks/useChangedElsewhere';

const MATTER_CHANGED = 'mq:matter-changed';

/** Tells the lists that a matter changed (raised, supported, commented), so they reload when seen again. */
export function notifyMatterChanged(): void {
  // The change may have written to the person's own inbox (a booking confirmed, a matter received).
  unreadMayHaveChanged();
  Taro.eventCenter.trigger(MATTER_CHANGED);
}

/** Runs `onChange` when this page is next shown after another page reported a changed matter. */
export function useMatterChanged(onChange: () => void): void {
  useChangedElsewhere(MATTER_CHANGED, onChange);
}
