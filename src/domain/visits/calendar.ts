import { type ShanghaiDate } from '../time';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calendar arithmetic on `YYYY-MM-DD` dates. Done on the date's own digits through UTC, so neither
 * the server's zone nor the phone's can shift a day. Callers pass valid dates.
 */
function dayNumber(date: ShanghaiDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): ShanghaiDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: ShanghaiDate, days: number): ShanghaiDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: ShanghaiDate, to: ShanghaiDate): number {
  return dayNumber(to) - dayNumber(from);
}
