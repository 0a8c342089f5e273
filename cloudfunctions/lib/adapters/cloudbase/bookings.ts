import { holdsSeat, isActiveBooking } from '@domain/visits/bookings';
import type { BookingRecord, BookingSeatRepository, BookOptions, BookOutcome } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertNew, isDuplicateWrite, type CloudbaseDb } from './database';
import { toBookingDocument, toBookingRecord } from './bookingDocuments';
import { createDayClaims } from './bookingDayClaims';
import { createBookingLists, SEAT_HOLDING } from './bookingLists';
import { createSeats } from './bookingSeats';
import { holdersOf } from './seatHolders';

/**
 * Bookings on the CloudBase database, where no transaction spans two documents (and a
 * `where().update()` runs outside any transaction anyway). Each step is one atomic
 * single-document write, ordered so that every invariant holds after each step and a failed
 * step is compensated:
 *
 * 1. The resident's day is claimed first (bookingDayClaims.ts): a document
 *    `activeBookings/<residentId>:<date>` naming the booking, inserted under its own `_id`. The
 *    database refuses a second insert of an `_id` atomically, so only one active booking per
 *    resident per day can ever get past this step.
 * 2. A seat is taken (bookingSeats.ts, seatHolders.ts) with
 *    `where({ _id, state: 'open', remaining: _.gt(0), 'seatHolders.<bookingId>': _.exists(false) })`
 *    and `remaining - 1, seatsTaken + 1, seatHolders.<bookingId>`, checked for `updated === 1`: at
 *    most `capacity` calls win, and a retry finds the seat its lost answer took.
 * 3. The booking is written, booked (with a seat) or waitlisted (without one).
 * If step 2 or 3 fails, what the call holds is given back: the seat (by its holder), then the day.
 *
 * Cancelling flips the booking's state conditionally (only one canceller wins), moves its seat to
 * the oldest waiting booking (the holder changes in one write) and then promotes that booking
 * with a conditional `waitlisted -> booked`; when nobody is waiting the seat is given back. Then
 * the day is released.
 *
 * What this cannot give that a SQL transaction does: a call that dies between two steps (function
 * timeout, crash) leaves its partial work behind. The request's retry finishes it: a cancel finds
 * the seat still held by the cancelled booking, or moved to a booking not yet promoted
 * (finishCancel); a booking finds the seat its lost answer took. A call never retried leaves only
 * safe leftovers: a claimed day without a booking (taken over once stale, or as soon as its
 * booking is no longer active), or a seat held by a booking that does not hold it (one seat fewer
 * to book, found by the holder; never more seats than the capacity).
 */

/** A slot holds at most 50 seats: more hand-ons than that means something else is wrong. */
const MAX_FILL = 50;

export function createBookingRepository(db: CloudbaseDb, names: CollectionNames): BookingSeatRepository {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);

  async function findById(id: string): Promise<BookingRecord | null> {
    const stored = await findDocumentById(bookings(), id, 'bookings.findById');
    return stored ? toBookingRecord(stored) : null;
  }

  const { claimDay, releaseDay, releaseDayOf } = createDayClaims(db, names, findById);
  const lists = createBookingLists(db, names);
  const { seats, claimSeat, passSeat, fillFreeSeat, finishHandOn, raiseForWaitlist } = createSeats(db, names);

  // ---- booking ------------------------------------------------------------------------------

  /**
   * Writes the booking after its seat (if any) was taken. When the write fails, the seat and the
   * day are given back, unless the booking turns out stored after all (the reply was lost) or it
   * cannot be told whether it is: then both stay taken, which can leave a seat unused (and the day
   * claimed until the claim is stale) but never lets a slot go over capacity.
   */
  async function writeBooking(booking: BookingRecord, withSeat: boolean): Promise<void> {
    try {
      await insertNew(bookings(), toBookingDocument(booking), 'bookings.book');
      return;
    } catch (failure) {
      if (!isDuplicateWrite(failure)) {
        const stored = await findById(booking.id).catch(() => 'unknown' as const);
        if (stored !== null) {
          if (stored === 'unknown') throw failure;
          return;
        }
        if (withSeat) await seats.giveBack(booking.slotId, booking.id);
        await releaseDayOf(booking);
        throw failure;
      }
      // A duplicate id is this very booking, stored by another attempt of the same request (ids
      // come from the request id; a stale claim was taken over while the first still ran): the
      // day is that booking's claim and stays, and the seat, held under the same id, is its seat
      // unless it was stored waiting.
      const stored = await findById(booking.id);
      if (withSeat && stored && !holdsSeat(stored.state)) await seats.giveBack(booking.slotId, booking.id);
      throw failure;
    }
  }

  /** After the day is claimed: a seat while one is left, else the waitlist (or nothing). */
  async function takeSeatOrWait(booking: BookingRecord, waitlist: boolean): Promise<BookOutcome> {
    const seat = await claimSeat(booking.slotId, booking.id);
    if (seat.held) {
      const booked: BookingRecord = { ...booking, state: 'booked' };
      await writeBooking(booked, true);
      return { outcome: 'booked', booking: booked };
    }
    const { slot } = seat;
    if (!waitlist || !slot || slot.state !== 'open') {
      // Full and not waiting, or cancelled meanwhile: nothing is stored. A seat an earlier attempt
      // took in a slot cancelled since goes back.
      if (slot && booking.id in holdersOf(slot)) await seats.giveBack(booking.slotId, booking.id);
      await releaseDayOf(booking);
      return { outcome: 'slot_closed' };
    }
    const waiting: BookingRecord = { ...booking, state: 'waitlisted' };
    await writeBooking(waiting, false);
    // A seat may have been freed after the failed take, by a cancel that found nobody waiting.
    const promoted = await fillFreeSeat(booking.slotId, booking.createdAt, null);
    return promoted?.id === booking.id
      ? { outcome: 'booked', booking: promoted }
      : { outcome: 'waitlisted', booking: waiting };
  }

  async function book(booking: BookingRecord, options: BookOptions): Promise<BookOutcome> {
    // A missing or cancelled slot is answered before anything else, the resident's day included.
    const known = options.openSlot?.id === booking.slotId && options.openSlot.state === 'open';
    const slot = known ? { state: 'open' } : await findDocumentById(slots(), booking.slotId, 'bookings.book');
    if (!slot || slot.state !== 'open') return { outcome: 'slot_closed' };
    const { residentId } = booking;
    if (residentId !== null) {
      const claim = await claimDay(residentId, booking.date, booking.id, booking.slotId, booking.createdAt);
      if (!claim.claimed) return { outcome: 'already_booked', existing: claim.existing };
    }
    try {
      return await takeSeatOrWait(booking, options.waitlist);
    } catch (failure) {
      // The seat and the day are given back only when the booking is known not to be stored (the
      // seat by its holder: a take whose answer was lost is given back too); when that cannot be
      // told, both stay until the retry finds them or the claim is stale.
      const stored = await findById(booking.id).catch(() => 'unknown' as const);
      if (stored === null) {
        await seats.giveBack(booking.slotId, booking.id).catch(() => undefined);
        await releaseDayOf(booking).catch(() => undefined);
      }
      throw failure;
    }
  }

  // ---- cancelling and attendance ------------------------------------------------------------

  async function cancel(id: string, reason: string, now: number) {
    for (;;) {
      const booking = await findById(id);
      if (!booking || !isActiveBooking(booking.state)) return { cancelled: false, promoted: null };
      // Conditional on the state just read: of two cancels (or a cancel and a promotion) one wins.
      const reply = await bookings()
        .where({ _id: id, state: booking.state })
        .update({ state: 'cancelled', cancelReason: reason, updatedAt: now });
      if (countOf(reply, 'updated', 'bookings.cancel') !== 1) continue;
      // The seat first: a call dying after this leaves at most a claim on the day, which is
      // taken over once stale, rather than a seat no one can book. A waiting booking holds none,
      // unless a hand-on that died before promoting it put one on it: that seat is passed on too.
      const promoted = await passSeat(booking.slotId, now, id);
      await releaseDayOf(booking);
      return { cancelled: true, promoted };
    }
  }

  /** A retried cancel: whatever its first attempt left undone, then the booking that took the seat. */
  async function finishCancel(id: string, now: number): Promise<BookingRecord | null> {
    const booking = await findById(id);
    if (!booking || booking.state !== 'cancelled') return null;
    const promoted = (await finishHandOn(booking, now)) ?? (await lists.promotedInto(id));
    await releaseDayOf(booking);
    return promoted;
  }

  async function setAttendance(id: string, state: 'attended' | 'no_show' | 'booked', now: number): Promise<boolean> {
    const booking = await findById(id);
    if (!booking || !holdsSeat(booking.state)) return false;
    const { residentId } = booking;
    // Back to booked makes the booking active again: it needs the resident's day first.
    const reclaims = state === 'booked' && booking.state !== 'booked' && residentId !== null;
    if (reclaims) {
      const claim = await claimDay(residentId, booking.date, id, booking.slotId, now);
      if (!claim.claimed) return false;
    }
    // The seat is held in each of these states: only the state moves, conditionally, so a cancel
    // racing this call either happens first (and this is false) or finds the new state.
    const reply = await bookings()
      .where({ _id: id, state: _.in(SEAT_HOLDING) })
      .update({ state, updatedAt: now });
    let done = countOf(reply, 'updated', 'bookings.setAttendance') === 1;
    // 0 may also mean "stored with these very values already" (MongoDB's nModified).
    if (!done) done = (await findById(id))?.state === state;
    if (residentId !== null && (state !== 'booked' ? done : reclaims && !done)) {
      // Attended or absent, the booking no longer counts as active; an unmark that failed gives the day back.
      await releaseDay(residentId, booking.date, id);
    }
    return done;
  }

  /** Free seats go to the waitlist one at a time, each through the same race-safe hand-on. */
  async function fillFromWaitlist(slotId: string, now: number, promotedBy?: string): Promise<BookingRecord[]> {
    const promoted: BookingRecord[] = [];
    for (let guard = 0; guard < MAX_FILL; guard += 1) {
      const next = await fillFreeSeat(slotId, now, promotedBy ?? null);
      if (!next) break;
      promoted.push(next);
    }
    return promoted;
  }

  return {
    book,
    findById,
    cancel,
    finishCancel,
    fillFromWaitlist,
    raiseCapacityForWaitlist: (slotId: string, capacity: number, now: number, promotedBy?: string) =>
      raiseForWaitlist(slotId, capacity, now, promotedBy ?? null),
    setAttendance,
    ...lists,
  };
}
