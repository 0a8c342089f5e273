import { AppError } from '../errors';
import { formatShanghai, isValidShanghaiDate, shanghaiDateOf, shanghaiWallClockToMs, type ShanghaiDate } from '../time';
import { addDays } from './calendar';

/**
 * Community settings: booking and cancelling close at these `HH:mm` wall-clock times in Shanghai
 * on the day BEFORE the visit day, so cadres know the day's sheet the evening before.
 */
export const DEFAULT_BOOKING_CLOSES_AT = '18:00';
export const DEFAULT_CANCEL_CLOSES_AT = '12:00';

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * UTC milliseconds of `closesAt` on the day before `date`. An unset setting (empty) means the
 * default; a malformed date or time is a programming error and throws rather than leave a booking
 * window open forever (a NaN deadline would compare false against every instant).
 */
function deadline(date: ShanghaiDate, closesAt: string, fallback: string): number {
  if (!isValidShanghaiDate(date)) throw new Error(`not a calendar date: ${JSON.stringify(date)}`);
  const time = closesAt === '' ? fallback : closesAt;
  if (!timeOfDay.test(time)) throw new Error(`not an HH:mm time: ${JSON.stringify(closesAt)}`);
  return shanghaiWallClockToMs(addDays(date, -1), time);
}

/** The instant booking for visit day `date` closes. */
export function bookingDeadline(date: ShanghaiDate, closesAt: string = DEFAULT_BOOKING_CLOSES_AT): number {
  return deadline(date, closesAt, DEFAULT_BOOKING_CLOSES_AT);
}

/** The instant residents can no longer cancel or reschedule a booking for visit day `date`. */
export function cancelDeadline(date: ShanghaiDate, closesAt: string = DEFAULT_CANCEL_CLOSES_AT): number {
  return deadline(date, closesAt, DEFAULT_CANCEL_CLOSES_AT);
}

/** `12月4日 18:00`: a deadline as residents read it. */
function shownDeadline(ms: number): string {
  return formatShanghai(ms, 'M月D日 HH:mm');
}

/** Whom a resident calls once the app can no longer make the change for them. */
function whomToCall(purpose: string, officePhone: string): string {
  const phone = officePhone.trim();
  return phone === '' ? `如需${purpose}请联系社区居委会` : `如需${purpose}请致电社区：${phone}`;
}

/**
 * Booking is open until the minute `closesAt` on the day before: 17:59 books, 18:00 does not.
 * Too late is DEADLINE_PASSED (not a state problem the resident could fix) with whom to call.
 */
export function assertCanBook(date: ShanghaiDate, closesAt: string, nowMs: number, officePhone = ''): void {
  const closes = bookingDeadline(date, closesAt);
  if (date < shanghaiDateOf(nowMs)) throw new AppError('DEADLINE_PASSED', '这个接访日已经过去，不能再预约');
  if (nowMs >= closes) {
    throw new AppError('DEADLINE_PASSED', `预约已于${shownDeadline(closes)}截止，${whomToCall('预约', officePhone)}`);
  }
}

/**
 * Cancelling (or rescheduling) is open until `closesAt` on the day before. After that the app
 * must tell the resident whom to call, so the message carries the community office's phone.
 */
export function assertCanCancel(date: ShanghaiDate, closesAt: string, nowMs: number, officePhone: string): void {
  const closes = cancelDeadline(date, closesAt);
  if (nowMs < closes) return;
  throw new AppError(
    'DEADLINE_PASSED',
    `已过取消截止时间（${shownDeadline(closes)}），${whomToCall('调整', officePhone)}`,
  );
}
