import dayjs from 'dayjs';
import { SHANGHAI, shanghaiDateOf, type ShanghaiDate } from './time';

/** 民意5来听: cadres come down on these days of every month. */
export const VISIT_DAYS_OF_MONTH = [5, 15, 25] as const;

export function isVisitDay(date: ShanghaiDate): boolean {
  const day = Number(date.slice(8, 10));
  return (VISIT_DAYS_OF_MONTH as readonly number[]).includes(day);
}

/**
 * The next `count` visit days on or after the Shanghai date that contains `nowMs`.
 * Computed from calendar dates only, so the server's own zone never matters.
 */
export function upcomingVisitDays(nowMs: number, count: number): ShanghaiDate[] {
  const today = shanghaiDateOf(nowMs);
  const result: ShanghaiDate[] = [];
  let month = dayjs.tz(`${today.slice(0, 7)}-01`, 'YYYY-MM-DD', SHANGHAI);
  while (result.length < count) {
    for (const day of VISIT_DAYS_OF_MONTH) {
      const date = month.date(day).format('YYYY-MM-DD');
      if (date >= today && result.length < count) result.push(date);
    }
    month = month.add(1, 'month');
  }
  return result;
}
