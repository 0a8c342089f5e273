import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import type { Deps } from '../../deps';
import { fellBetween, runWindowedJob } from './windowedJob';

/** A client retries a command within seconds or minutes; a week later its request id is history. */
export const IDEMPOTENCY_KEEP_MS = 7 * 86_400_000;
/**
 * A booking's phone and address serve the visit and what follows from it (a call back, a follow-up
 * visit); 90 days after the visit day they are erased (the privacy guide's retention).
 */
export const BOOKING_CONTACT_KEEP_DAYS = 90;
/** Clean-up runs once a day, at night when nobody is using the app. */
export const HOUSEKEEPING_TIME = '03:00';

export interface HousekeepingRun {
  purged: number;
  bookingContactsErased: number;
}

/**
 * Once a day at 03:00 Shanghai: forgets completed request ids older than a week and erases the
 * contacts of bookings whose visit day is 90 days past. Both are idempotent, so a late or
 * repeated firing changes nothing more.
 */
export async function runHousekeeping(deps: Deps): Promise<HousekeepingRun> {
  const result = await runWindowedJob(deps, 'housekeeping', async (lastRun, now) => {
    if (!fellBetween(shanghaiWallClockToMs(shanghaiDateOf(now), HOUSEKEEPING_TIME), lastRun, now)) {
      return { purged: 0, bookingContactsErased: 0 };
    }
    const purged = await deps.storage.idempotency.purgeCompletedBefore(now - IDEMPOTENCY_KEEP_MS);
    const lastVisitDay = shanghaiDateOf(now - BOOKING_CONTACT_KEEP_DAYS * 86_400_000);
    const bookingContactsErased = await deps.storage.bookings.eraseContactsUpTo(lastVisitDay);
    deps.logger.info('housekeeping_done', { purged, bookingContactsErased, lastVisitDay });
    return { purged, bookingContactsErased };
  });
  return result ?? { purged: 0, bookingContactsErased: 0 };
}
