import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import type { Deps } from '../../deps';
import { erasePhotosOf } from '../matters/photoErasure';
import { fellBetween, runWindowedJob } from './windowedJob';

/** A client retries a command within seconds or minutes; a week later its request id is history. */
export const IDEMPOTENCY_KEEP_MS = 7 * 86_400_000;
/**
 * A booking's phone and address serve the visit and what follows from it (a call back, a follow-up
 * visit); 90 days after the visit day they are erased (the privacy guide's retention).
 */
export const BOOKING_CONTACT_KEEP_DAYS = 90;
/** An order's address and phone serve the service and a complaint about it: 90 days after it closed they are erased. */
export const ORDER_CONTACT_KEEP_DAYS = 90;
/** A rejected matter's photos are kept 30 days (the author may ask why), then erased. */
export const REJECTED_PHOTO_KEEP_MS = 30 * 86_400_000;
/** Rejected matters cleaned per night: a backlog is worked off over the following nights. */
const REJECTED_BATCH = 100;

/** A ledger export job is kept a week (its file's link lasts an hour; the audit line stays). */
export const EXPORT_JOB_KEEP_MS = 7 * 86_400_000;
/** Export jobs removed per night: a backlog is worked off over the following nights. */
const EXPORT_JOB_BATCH = 200;

/** Clean-up runs once a day, at night when nobody is using the app. */
export const HOUSEKEEPING_TIME = '03:00';

export interface HousekeepingRun {
  purged: number;
  bookingContactsErased: number;
  orderContactsErased: number;
  rejectedPhotosErased: number;
  exportsRemoved: number;
  /** Ledger export jobs (and any chunks they kept) older than a week. */
  exportJobsRemoved: number;
}

export const NOTHING_DONE: HousekeepingRun = {
  purged: 0,
  bookingContactsErased: 0,
  orderContactsErased: 0,
  rejectedPhotosErased: 0,
  exportsRemoved: 0,
  exportJobsRemoved: 0,
};

/**
 * Once a day at 03:00 Shanghai: forgets completed request ids older than a week, erases the
 * contacts of bookings whose visit day is 90 days past and of service orders closed 90 days ago and the photos of matters rejected 30
 * days ago, and deletes the data exports whose link has expired (nothing else deletes them from
 * CloudBase storage) and the ledger export jobs older than a week. Each is idempotent, so a late or repeated firing changes nothing more.
 */
export async function runHousekeeping(deps: Deps): Promise<HousekeepingRun> {
  const result = await runWindowedJob(deps, 'housekeeping', async (lastRun, now) => {
    if (!fellBetween(shanghaiWallClockToMs(shanghaiDateOf(now), HOUSEKEEPING_TIME), lastRun, now)) {
      return NOTHING_DONE;
    }
    const purged = await deps.storage.idempotency.purgeCompletedBefore(now - IDEMPOTENCY_KEEP_MS);
    const lastVisitDay = shanghaiDateOf(now - BOOKING_CONTACT_KEEP_DAYS * 86_400_000);
    const bookingContactsErased = await deps.storage.bookings.eraseContactsUpTo(lastVisitDay);
    const orderContactsErased = await deps.storage.orders.eraseContactsClosedBefore(
      now - ORDER_CONTACT_KEEP_DAYS * 86_400_000,
    );
    const rejectedPhotosErased = await eraseRejectedPhotos(deps, now);
    const exportsRemoved = await deps.exportFiles.removeExpired(now);
    const exportJobsRemoved = await deps.storage.exportJobs.removeCreatedBefore(
      now - EXPORT_JOB_KEEP_MS,
      EXPORT_JOB_BATCH,
    );
    const run = {
      purged,
      bookingContactsErased,
      orderContactsErased,
      rejectedPhotosErased,
      exportsRemoved,
      exportJobsRemoved,
    };
    deps.logger.info('housekeeping_done', { ...run, lastVisitDay });
    return run;
  });
  return result ?? NOTHING_DONE;
}

/** A night's batch of rejected matters past the keep: their photos erased (the matters stay). */
async function eraseRejectedPhotos(deps: Deps, now: number): Promise<number> {
  const matters = await deps.storage.matters.listRejectedWithPhotosBefore(now - REJECTED_PHOTO_KEEP_MS, REJECTED_BATCH);
  return erasePhotosOf(deps, matters, now);
}
