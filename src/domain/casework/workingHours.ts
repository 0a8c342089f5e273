import { AppError } from '../errors';
import { formatShanghai, shanghaiDateOf, shanghaiWallClockToMs, toShanghai, type ShanghaiDate } from '../time';
import type { CaseClock } from './sla';

/**
 * A government office's day in Asia/Shanghai: Monday to Friday, 09:00-12:00 and 13:30-17:30.
 * Only the return window (退单) counts working time; SLA clocks count calendar hours (sla.ts).
 *
 * There is no public-holiday calendar yet: a calendar is a parameter, so the holiday list (and the
 * Saturdays worked in exchange, 调休) can be added later as data without touching the arithmetic.
 * Every computation goes through Shanghai wall-clock dates, so the server's own zone never matters.
 */
export const workingWindows = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
] as const;

export interface WorkingCalendar {
  isWorkingDay(date: ShanghaiDate): boolean;
}

/** Monday to Friday, every week of the year. */
export const weekdayCalendar: WorkingCalendar = {
  isWorkingDay: (date) => {
    const weekday = toShanghai(shanghaiWallClockToMs(date)).day();
    return weekday >= 1 && weekday <= 5;
  },
};

/** A calendar with holidays off and make-up working days (调休) on, given as `YYYY-MM-DD` lists. */
export function calendarWith(
  holidays: readonly ShanghaiDate[],
  extraWorkingDays: readonly ShanghaiDate[] = [],
): WorkingCalendar {
  const off = new Set(holidays);
  const on = new Set(extraWorkingDays);
  return {
    isWorkingDay: (date) => on.has(date) || (!off.has(date) && weekdayCalendar.isWorkingDay(date)),
  };
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** A guard against a calendar with no working days at all (about three years of days). */
const MAX_DAYS_SEARCHED = 1100;

/** The date after `date`, computed at Shanghai noon so no zone arithmetic can slip a day. */
function nextDate(date: ShanghaiDate): ShanghaiDate {
  return shanghaiDateOf(shanghaiWallClockToMs(date, '12:00') + DAY_MS);
}

/**
 * The instant at which `minutes` working minutes have passed since `from`. Zero minutes is `from`
 * itself; otherwise time outside the windows does not count, and a span that ends exactly at a
 * window's end ends there (12:00, not 13:30).
 */
export function addWorkingMinutes(from: number, minutes: number, calendar: WorkingCalendar = weekdayCalendar): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new AppError('BAD_INPUT', '工作时长不能为负数');
  if (minutes === 0) return from;
  let remaining = minutes * MINUTE_MS;
  let date = shanghaiDateOf(from);
  for (let day = 0; day < MAX_DAYS_SEARCHED; day += 1, date = nextDate(date)) {
    if (!calendar.isWorkingDay(date)) continue;
    for (const window of workingWindows) {
      const start = Math.max(from, shanghaiWallClockToMs(date, window.start));
      const end = shanghaiWallClockToMs(date, window.end);
      if (start >= end) continue;
      if (remaining <= end - start) return start + remaining;
      remaining -= end - start;
    }
  }
  throw new AppError('INTERNAL', '工作日历中找不到工作日');
}

/** A handler may return (退单) a case within this many working hours of its dispatch. */
export const RETURN_WINDOW_WORKING_HOURS = 2;

export function returnDeadline(dispatchedAt: number, calendar: WorkingCalendar = weekdayCalendar): number {
  return addWorkingMinutes(dispatchedAt, RETURN_WINDOW_WORKING_HOURS * 60, calendar);
}

/**
 * The return window of one dispatch: two working hours, but never past the due time. An urgent case
 * dispatched on Friday evening is due that night; its holder answers or returns it before then,
 * not on Monday morning.
 */
export function caseReturnDeadline(clock: CaseClock, calendar: WorkingCalendar = weekdayCalendar): number {
  return Math.min(returnDeadline(clock.dispatchedAt, calendar), clock.dueAt);
}

/** Inclusive: at the deadline itself the two working hours have just run out, not passed. */
export function canStillReturn(clock: CaseClock, now: number, calendar: WorkingCalendar = weekdayCalendar): boolean {
  return now <= caseReturnDeadline(clock, calendar);
}

/** Refuses a 退单 after the window, saying until when it was open and what to do instead. */
export function assertCanReturn(clock: CaseClock, now: number, calendar: WorkingCalendar = weekdayCalendar): void {
  const deadline = caseReturnDeadline(clock, calendar);
  if (now > deadline) {
    throw new AppError(
      'DEADLINE_PASSED',
      `退单须在派遣后${RETURN_WINDOW_WORKING_HOURS}个工作小时内、答复期限前提出（截至${formatShanghai(deadline, 'M月D日HH:mm')}），` +
        '现已超时，请受理办理；确不属于本单位职责的，请在受理前联系街道改派',
    );
  }
}
