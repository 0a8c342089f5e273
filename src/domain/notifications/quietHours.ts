import { addDays } from '../visits/calendar';
import { shanghaiDateOf, shanghaiWallClockToMs, toShanghai } from '../time';

/**
 * No subscribe message reaches a phone between these wall-clock times in Asia/Shanghai (the inbox
 * still lists the notification at once). The window runs across midnight: [22:00, 07:00).
 * Shanghai keeps UTC+8 all year, so there is no daylight-saving edge to handle.
 */
export const QUIET_START = '22:00';
export const QUIET_END = '07:00';

/** 21:59 is sendable, 22:00 is quiet, 06:59 is quiet, 07:00 is sendable again. */
export function isQuietTime(nowMs: number): boolean {
  const clock = toShanghai(nowMs).format('HH:mm');
  return clock >= QUIET_START || clock < QUIET_END;
}

/**
 * The earliest instant at or after `nowMs` when a subscribe message may go out: `nowMs` itself
 * outside quiet hours, otherwise 07:00 Shanghai of the morning that ends the quiet spell (the next
 * day when it is 22:00 or later, the same day when it is after midnight).
 */
export function nextSendableAt(nowMs: number): number {
  if (!isQuietTime(nowMs)) return nowMs;
  const today = shanghaiDateOf(nowMs);
  const evening = toShanghai(nowMs).format('HH:mm') >= QUIET_START;
  return shanghaiWallClockToMs(evening ? addDays(today, 1) : today, QUIET_END);
}
