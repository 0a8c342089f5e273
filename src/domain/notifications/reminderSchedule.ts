import { addDays } from '../visits/calendar';
import { isValidShanghaiDate, shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '../time';

/** Wall-clock times (Asia/Shanghai) of the two visit reminders; both lie outside quiet hours. */
export const DAY_BEFORE_REMINDER_TIME = '18:00';
export const MORNING_REMINDER_TIME = '07:30';

export type ReminderKind = 'day_before' | 'morning';
export interface DueReminder {
  date: ShanghaiDate;
  kind: ReminderKind;
}

function assertDate(date: string): void {
  if (!isValidShanghaiDate(date)) throw new Error(`not a calendar date: ${JSON.stringify(date)}`);
}

/** 18:00 Shanghai on the day before visit day `date` (the 4th for the 5th; 31 Oct for 1 Nov). */
export function dayBeforeReminderAt(visitDate: ShanghaiDate): number {
  assertDate(visitDate);
  return shanghaiWallClockToMs(addDays(visitDate, -1), DAY_BEFORE_REMINDER_TIME);
}

/** 07:30 Shanghai on visit day `date`. */
export function morningReminderAt(visitDate: ShanghaiDate): number {
  assertDate(visitDate);
  return shanghaiWallClockToMs(visitDate, MORNING_REMINDER_TIME);
}

/**
 * The reminders whose moment fell in (lastRunMs, nowMs]: a timer that fires late still sends what
 * it missed, and a timer that fires twice finds nothing new the second time. The caller stores
 * `nowMs` as the next run's `lastRunMs` (and still dedupes each send by key, for safety).
 *
 * Two rules keep a very late run from sending noise:
 * - nothing is sent for a visit day that is already over in Shanghai;
 * - when both moments of one visit day fell in the window, only the morning reminder is sent.
 *
 * Result order: by reminder moment, then by date. Repeated dates count once.
 */
export function remindersDue(nowMs: number, lastRunMs: number, visitDates: readonly ShanghaiDate[]): DueReminder[] {
  if (nowMs <= lastRunMs) return [];
  const today = shanghaiDateOf(nowMs);
  const inWindow = (at: number) => at > lastRunMs && at <= nowMs;
  const due: (DueReminder & { at: number })[] = [];
  for (const date of new Set(visitDates)) {
    const morning = morningReminderAt(date);
    const dayBefore = dayBeforeReminderAt(date);
    if (date < today) continue;
    if (inWindow(morning)) due.push({ date, kind: 'morning', at: morning });
    else if (inWindow(dayBefore)) due.push({ date, kind: 'day_before', at: dayBefore });
  }
  due.sort((a, b) => a.at - b.at || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return due.map(({ date, kind }) => ({ date, kind }));
}
