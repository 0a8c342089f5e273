import { shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in Asia/Shanghai. */
export function shanghaiToday(now = Date.now()): ShanghaiDate {
  return shanghaiDateOf(now);
}

/** The Shanghai date `days` after `date` (Shanghai keeps no daylight saving, so days are 24 h). */
export function addDays(date: ShanghaiDate, days: number): ShanghaiDate {
  return shanghaiDateOf(shanghaiWallClockToMs(date, '12:00') + days * DAY_MS);
}
