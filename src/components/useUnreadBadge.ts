import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onUnreadCount, refreshUnreadCount, UNREAD_FRESH_MS } from '../api/unreadCount';
import { useSession } from '../state/session';

/**
 * The unread count on the 我的 tab, refreshed when a tab page shows and once the user is signed
 * in (the first show usually comes before sign-in finishes), unless it was asked for less than a
 * minute ago and nothing of the person's own changed since (UNREAD_FRESH_MS). Returns the count
 * for pages that also print it, null until known. Nobody is asked while signed out.
 */
export function useUnreadBadge(): number | null {
  const { status, user } = useSession();
  const signedIn = status === 'ready' && user !== null;
  const [unread, setUnread] = useState<number | null>(null);
  const signedInNow = useRef(signedIn);
  signedInNow.current = signedIn;

  const refresh = useCallback(async () => {
    if (!signedInNow.current) return;
    // A failed count leaves the badge as it was: it is a hint, and the next show tries again.
    const count = await refreshUnreadCount({ unlessNewerThan: UNREAD_FRESH_MS }).catch(() => null);
    if (count !== null) setUnread(count);
  }, []);

  useDidShow(() => void refresh());
  useEffect(() => {
    if (signedIn) void refresh();
  }, [signedIn, refresh]);
  useEffect(() => onUnreadCount(setUnread), []);

  return signedIn ? unread : null;
}
