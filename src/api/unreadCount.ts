import Taro from '@tarojs/taro';
import { call } from './client';

/** 我的 is the fourth tab (app.config.ts tabBar.list). */
export const MINE_TAB_INDEX = 3;

const UNREAD_CHANGED = 'mq:unread-changed';

/**
 * How long a count stands before a tab shown again asks for it anew. Switching tabs does not
 * cost a round trip each time; a change of the person's own (which may have written to their
 * inbox) makes the next tab ask at once (unreadMayHaveChanged).
 */
export const UNREAD_FRESH_MS = 60_000;

let lastKnown: { unread: number; at: number } | null = null;
/** The count the badge shows now (a weapp tab bar made later starts from it). */
let shown = 0;
/** The question on its way: the first show and the sign-in of a launch ask once between them. */
let asking: Promise<number> | null = null;

/** What the badge says: the number, or 99+ (a tab badge has room for about 4 characters). */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** What the 我的 tab's badge shows now: 0 for none. */
export function shownUnread(): number {
  return shown;
}

/**
 * Shows the unread count on the 我的 tab and tells what shows it: the pages (the 消息 cell) and,
 * in the weapp, our own tab bar (src/custom-tab-bar), for WeChat's tab bar badge API does nothing
 * to a custom tab bar. h5 keeps Taro's tab bar and its badge API. The badge is decoration: where
 * the platform cannot draw it (h5 off a tab page), nothing else fails.
 */
export function showUnreadCount(unread: number): void {
  lastKnown = { unread, at: Date.now() };
  shown = unread;
  Taro.eventCenter.trigger(UNREAD_CHANGED, unread);
  if (process.env.TARO_ENV === 'weapp') return;
  try {
    const drawn =
      unread > 0
        ? Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text: badgeText(unread) })
        : Taro.removeTabBarBadge({ index: MINE_TAB_INDEX });
    void Promise.resolve(drawn).catch(() => undefined);
  } catch {
    // no tab bar here
  }
}

/** The person did something that may have told them about it: the next tab shown asks again. */
export function unreadMayHaveChanged(): void {
  lastKnown = null;
}

/**
 * Asks the server for the caller's unread count and shows it; with `unlessNewerThan`, a count
 * known for less than that many milliseconds is shown again instead of asking.
 */
export async function refreshUnreadCount(options: { unlessNewerThan?: number } = {}): Promise<number> {
  const known = lastKnown;
  if (known && options.unlessNewerThan !== undefined && Date.now() - known.at < options.unlessNewerThan) {
    return known.unread;
  }
  if (asking) return asking;
  asking = call('notification', 'unreadCount', {}).then(({ unread }) => {
    showUnreadCount(unread);
    return unread;
  });
  try {
    return await asking;
  } finally {
    asking = null;
  }
}

/** Listens for a new count (marked read on the messages page); returns the way to stop. */
export function onUnreadCount(listener: (unread: number) => void): () => void {
  Taro.eventCenter.on(UNREAD_CHANGED, listener);
  return () => void Taro.eventCenter.off(UNREAD_CHANGED, listener);
}
