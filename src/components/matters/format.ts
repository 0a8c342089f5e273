import { formatShanghai, toShanghai } from '@domain/time';

/** `11-27 10:05` within the current Shanghai year, `2025-11-27` before it: short enough for a card. */
export function shortTime(ms: number, nowMs: number = Date.now()): string {
  return toShanghai(ms).year() === toShanghai(nowMs).year()
    ? formatShanghai(ms, 'MM-DD HH:mm')
    : formatShanghai(ms, 'YYYY-MM-DD');
}

/** `2026-11-27 10:05`, the full time shown on a matter's own page. */
export function fullTime(ms: number): string {
  return formatShanghai(ms, 'YYYY-MM-DD HH:mm');
}
