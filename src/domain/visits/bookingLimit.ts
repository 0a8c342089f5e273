import { AppError } from '../errors';

/**
 * Bookings (each reschedule is one too) a resident may make per Shanghai calendar day, counted
 * from midnight like the matter limits (rateWindowStart). Plenty for real use — a resident holds
 * at most one booking per visit day — and it stops a script from flooding inboxes with
 * book/cancel cycles. Cancelling is not limited: each cancel needs a booking, so it is bounded by
 * this already, and refusing one would keep a seat from someone else.
 */
export const DAILY_BOOKING_LIMIT = 10;

/** `madeToday` excludes the one being made: at the limit, the next one is refused. */
export function assertWithinBookingLimit(madeToday: number): void {
  if (madeToday < DAILY_BOOKING_LIMIT) return;
  throw new AppError(
    'RATE_LIMITED',
    `今天已预约或改约${DAILY_BOOKING_LIMIT}次，明天再来吧。如需帮助，请联系社区居委会`,
  );
}
