import { shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import { bookingDeadline, upcomingVisitDays } from '@domain/visits';

/**
 * The story's dates, all relative to the day the demo is seeded (Shanghai), so whatever the date
 * the demo reads as a community in use: recent matters, past visit days, bookable days ahead.
 */
export interface DemoCalendar {
  /** The real time the demo is seeded at: nothing in the story happens later. */
  now: number;
  today: ShanghaiDate;
  /** `HH:mm` in Shanghai, `days` from today (negative: in the past). */
  at(days: number, time: string): number;
  date(days: number): ShanghaiDate;
  /** The last two visit days before today, oldest first: held, recorded, followed up. */
  pastVisitDays: ShanghaiDate[];
  /** The next two visit days whose booking is still open: on the 5th at 19:00 today's has closed. */
  bookableVisitDays: ShanghaiDate[];
}

export function demoCalendar(now: number): DemoCalendar {
  const today = shanghaiDateOf(now);
  const date = (days: number) => addDays(today, days);
  return {
    now,
    today,
    date,
    at: (days, time) => shanghaiWallClockToMs(date(days), time),
    // Visit days are ten days apart at most: 40 days back holds at least three.
    pastVisitDays: upcomingVisitDays(shanghaiWallClockToMs(date(-40)), 6)
      .filter((day) => day < today)
      .slice(-2),
    bookableVisitDays: bookableVisitDays(now, 2),
  };
}

/**
 * The next `count` visit days a resident can still book at `now` (default deadlines): today's day
 * is not among them once booking closed the evening before, as on the 5th, 15th and 25th.
 */
export function bookableVisitDays(now: number, count: number): ShanghaiDate[] {
  return upcomingVisitDays(now, count + 1)
    .filter((day) => now < bookingDeadline(day))
    .slice(0, count);
}
