import { AppError } from '../errors';
import { formatShanghaiDay, shanghaiDateOf, type ShanghaiDate } from '../time';

/**
 * Whether a cadre may say who came (attended, no-show, a walk-in, a 民情日记 that marks the visit):
 * only on or after the visit day in Shanghai. Marked early, a booking stops being active and the
 * resident loses the cancel link for a visit that has not happened.
 */
export function visitDayReached(date: ShanghaiDate, nowMs: number): boolean {
  return shanghaiDateOf(nowMs) >= date;
}

/** INVALID_STATE naming the visit day, when it has not come yet. */
export function assertVisitDayReached(date: ShanghaiDate, nowMs: number, what = '标记到场'): void {
  if (visitDayReached(date, nowMs)) return;
  throw new AppError('INVALID_STATE', `接访日是${formatShanghaiDay(date)}，当天或之后才能${what}`);
}
