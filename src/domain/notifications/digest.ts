/**
 * Digest instead of flood: a follower gets at most one subscribe message per matter per hour. The
 * inbox still lists every event; only the WeChat message waits, and when it goes out it stands for
 * everything that happened in the window.
 */
export const DIGEST_WINDOW_MS = 3_600_000;

/**
 * The key that groups a user's subscribe messages about one thing (`matter`, `m_123`). Parts are
 * URI-encoded so an id that contains the separator cannot collide with another user's key.
 */
export function digestKey(userId: string, refType: string, refId: string): string {
  return ['digest', userId, refType, refId].map(encodeURIComponent).join(':');
}

/**
 * When the next subscribe message under one digest key may go out: now when none was sent yet or
 * the window since the last one has passed, otherwise one window after the last send.
 */
export function nextDigestSendAt(lastSentAtMs: number | null, nowMs: number): number {
  if (lastSentAtMs === null) return nowMs;
  return Math.max(nowMs, lastSentAtMs + DIGEST_WINDOW_MS);
}

/**
 * Events addressed to one person about their own booking: each is news they act on, so each is
 * sent on its own, never held back by the digest window.
 */
export const UNDIGESTED_KINDS: readonly string[] = [
  'booking_confirmed',
  'waitlist_promoted',
  'slot_cancelled',
  'visit_day_moved',
  'visit_reminder',
];

/** Whether notifications of this kind go through the per-matter hourly digest. */
export function isDigested(kind: string): boolean {
  return !UNDIGESTED_KINDS.includes(kind);
}
