import { isActiveBooking } from '@domain/visits/bookings';
import type { BookingRecord } from '../../ports/visits';
import { STALE_CLAIM_MS } from '../../staleClaims';
import type { CollectionNames } from './collections';
import { findDocumentById, insertIfAbsent, succeeded, type CloudbaseDb } from './database';
import { activeBookingId } from './bookingDocuments';

/**
 * The claim on a resident's visit day: `_id` = `residentId:date`, naming the booking that holds it.
 * The database refuses a second insert of an `_id` atomically, so only one active booking per
 * resident per day can ever get past the claim (step 1 of bookings.ts).
 */
interface ActiveBookingDocument {
  _id: string;
  bookingId: string;
  slotId: string;
  residentId: string;
  date: string;
  /** When it was claimed: a claim whose booking never appeared is taken over once it is stale. */
  at: number;
}

/** Attempts to claim a resident's day while another call is still writing its booking. */
const CLAIM_ATTEMPTS = 12;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type ClaimResult = { claimed: true } | { claimed: false; existing: BookingRecord };

export function createDayClaims(
  db: CloudbaseDb,
  names: CollectionNames,
  findBooking: (id: string) => Promise<BookingRecord | null>,
) {
  const activeBookings = () => db.collection(names.activeBookings);

  /**
   * Claims the resident's day for `bookingId`, or names the active booking that holds it. The
   * claim of a call still at work (its booking not written yet, or an unmark not finished) is
   * waited for. A claim left behind by a call that died is taken over once it is older than
   * STALE_CLAIM_MS: its booking never appeared, or is no longer active (the call died between
   * cancelling or marking attendance and releasing the day; those claims date from the booking,
   * so they are stale long before anyone books that day again).
   */
  async function claimDay(
    residentId: string,
    date: string,
    bookingId: string,
    slotId: string,
    now: number,
  ): Promise<ClaimResult> {
    const claim: ActiveBookingDocument = {
      _id: activeBookingId(residentId, date),
      bookingId,
      slotId,
      residentId,
      date,
      at: now,
    };
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
      if (await insertIfAbsent(activeBookings(), claim, 'bookings.claimDay')) return { claimed: true };
      const held = await findDocumentById(activeBookings(), claim._id, 'bookings.claimDay');
      if (!held) continue; // released meanwhile: claim again
      const holder = await findBooking(held.bookingId as string);
      if (holder && isActiveBooking(holder.state)) return { claimed: false, existing: holder };
      // Left behind by this very booking: marked attended by a call that died before releasing, or
      // claimed by an earlier attempt of the same request (booking ids come from the request id)
      // that failed before writing the booking.
      if (held.bookingId === bookingId) return { claimed: true };
      if (now - (held.at as number) > STALE_CLAIM_MS) {
        await releaseDay(residentId, date, held.bookingId as string);
        continue;
      }
      await pause(Math.min(20 * 2 ** attempt, 500));
    }
    throw new Error(`bookings.claimDay: the day ${date} of ${residentId} stays claimed by a call still at work`);
  }

  /** Releases the resident's day if (and only if) `bookingId` still holds it. */
  async function releaseDay(residentId: string, date: string, bookingId: string): Promise<void> {
    succeeded(
      await activeBookings()
        .where({ _id: activeBookingId(residentId, date), bookingId })
        .remove(),
      'bookings.releaseDay',
    );
  }

  /** Releases the day a booking holds; a walk-in holds none. */
  async function releaseDayOf(booking: BookingRecord): Promise<void> {
    if (booking.residentId !== null) await releaseDay(booking.residentId, booking.date, booking.id);
  }

  return { claimDay, releaseDay, releaseDayOf };
}
