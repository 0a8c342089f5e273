import { holdsSeat, isActiveBooking } from '@domain/visits/bookings';
import type { BookingRecord, BookingSeatRepository, BookOutcome } from '../../ports/visits';
import { STALE_CLAIM_MS } from '../../staleClaims';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  insertNew,
  isDuplicateWrite,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { giveBackOneSeat, takeOneSeat } from './slots';
import { activeBookingId, toBookingDocument, toBookingRecord } from './bookingDocuments';
import { createBookingLists, SEAT_HOLDING } from './bookingLists';

/**
 * Bookings on the CloudBase database, where no transaction spans two documents (and a
 * `where().update()` runs outside any transaction anyway). Each step is one atomic
 * single-document write, ordered so that every invariant holds after each step and a failed
 * step is compensated:
 *
 * 1. The resident's day is claimed first: a document `activeBookings/<residentId>:<date>` naming
 *    the booking, inserted under its own `_id`. The database refuses a second insert of an `_id`
 *    atomically, so only one active booking per resident per day can ever get past this step.
 * 2. A seat is taken with `where({ _id, state: 'open', remaining: _.gt(0) })` and
 *    `remaining - 1, seatsTaken + 1`, checked for `updated === 1`: at most `capacity` calls win.
 * 3. The booking is written, booked (with a seat) or waitlisted (without one).
 * If step 2 or 3 fails, what the call holds is given back: the seat (+1), then the day.
 *
 * Cancelling flips the booking's state conditionally (only one canceller wins), releases the
 * day, and hands the seat to the oldest waitlisted booking with a conditional
 * `waitlisted -> booked`; when two cancels race for the same waitlisted booking, the loser tries
 * the next one, and when nobody is waiting the seat is given back.
 *
 * What this cannot give that a SQL transaction does: a call that dies between two steps (function
 * timeout, crash) leaves its partial work behind. Every such leftover errs on the safe side: a
 * claimed day without a booking (it is taken over once stale, or as soon as its booking is no
 * longer active), or a seat counted as taken that no booking holds (a slot shows one seat fewer;
 * never more seats than its capacity).
 */

/** The claim on a resident's visit day: `_id` = `residentId:date`. */
interface ActiveBookingDocument {
  _id: string;
  bookingId: string;
  slotId: string;
  residentId: string;
  date: string;
  /** When it was claimed: a claim whose booking never appeared is taken over once it is stale. */
  at: number;
}

/** A slot holds at most 50 seats: more hand-ons than that means something else is wrong. */
const MAX_FILL = 50;

/** Attempts to claim a resident's day while another call is still writing its booking. */
const CLAIM_ATTEMPTS = 12;
/** Waiting candidates read at a time when a seat is handed on. */
const WAITLIST_BATCH = 10;
/** Rounds of handing a seat on while the waitlist keeps emptying under it, before giving up. */
const HAND_ON_ROUNDS = 50;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

type ClaimResult = { claimed: true } | { claimed: false; existing: BookingRecord };

export function createBookingRepository(db: CloudbaseDb, names: CollectionNames): BookingSeatRepository {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);
  const activeBookings = () => db.collection(names.activeBookings);

  async function findById(id: string): Promise<BookingRecord | null> {
    const stored = await findDocumentById(bookings(), id, 'bookings.findById');
    return stored ? toBookingRecord(stored) : null;
  }

  // ---- the resident's day -------------------------------------------------------------------

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
      const holder = await findById(held.bookingId as string);
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

  // ---- seats --------------------------------------------------------------------------------

  /** The conditional seat take: true when this call got one of the slot's seats. */
  async function takeSeat(slotId: string): Promise<boolean> {
    const reply = await slots()
      .where({ _id: slotId, state: 'open', remaining: _.gt(0) })
      .update(takeOneSeat(_));
    return countOf(reply, 'updated', 'bookings.takeSeat') === 1;
  }

  async function giveBackSeat(slotId: string): Promise<void> {
    succeeded(await slots().doc(slotId).update(giveBackOneSeat(_)), 'bookings.giveBackSeat');
  }

  async function oldestWaiting(slotId: string, limit: number): Promise<StoredDocument[]> {
    const reply = await bookings()
      .where({ slotId, state: 'waitlisted' })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(limit)
      .get();
    return rowsOf(reply, 'bookings.waitlist');
  }

  /**
   * Gives a seat this call holds to the oldest waitlisted booking: `waitlisted -> booked` is
   * conditional, so of two calls racing for the same booking one wins and the other moves on to
   * the next. Null when nobody is waiting (the caller still holds the seat).
   */
  async function promoteOldest(slotId: string, now: number, from: string | null): Promise<BookingRecord | null> {
    for (;;) {
      const waiting = await oldestWaiting(slotId, WAITLIST_BATCH);
      if (waiting.length === 0) return null;
      for (const candidate of waiting) {
        const reply = await bookings()
          .where({ _id: candidate._id, state: 'waitlisted' })
          // The seat's previous holder goes in the same write, so a cancel retried after a failure
          // finds whom it promoted (promotedInto).
          .update({ state: 'booked', updatedAt: now, ...(from ? { promotedFrom: from } : {}) });
        if (countOf(reply, 'updated', 'bookings.promote') === 1) {
          return { ...toBookingRecord(candidate), state: 'booked', updatedAt: now };
        }
      }
    }
  }

  /**
   * Hands one seat to the waitlist: the seat this call holds (`holding`, a cancel), or else a seat
   * left free while someone waits (a booker that just joined the waitlist). A seat nobody waits for
   * is given back, and then the waitlist is looked at once more: a booker writes its waitlisted
   * booking before looking for a free seat, and a canceller gives its seat back before looking for
   * someone waiting, so of the two racing, at least one sees the other. Returns the booking
   * promoted, if any; never returns holding a seat. `from` is the cancelled booking whose seat this is.
   */
  async function handOnSeat(
    slotId: string,
    now: number,
    holding: boolean,
    from: string | null = null,
  ): Promise<BookingRecord | null> {
    let held = holding;
    if (held) {
      const slot = await findDocumentById(slots(), slotId, 'bookings.handOn');
      if (!slot || slot.state !== 'open') {
        // Nobody is promoted into a cancelled slot: the seat just goes back.
        if (slot) await giveBackSeat(slotId);
        return null;
      }
    }
    for (let round = 0; round < HAND_ON_ROUNDS; round += 1) {
      if (!held) {
        if ((await oldestWaiting(slotId, 1)).length === 0) return null;
        if (!(await takeSeat(slotId))) return null;
        held = true;
      }
      const promoted = await promoteOldest(slotId, now, from);
      if (promoted) return promoted;
      await giveBackSeat(slotId);
      held = false;
    }
    return null;
  }

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
      }
      if (withSeat) await giveBackSeat(booking.slotId);
      // A duplicate id is this very booking, stored by another attempt of the same request (ids
      // come from the request id; a stale claim was taken over while the first still ran): the
      // day is that booking's claim and stays. Only our extra seat goes back.
      if (!isDuplicateWrite(failure)) await releaseDayOf(booking);
      throw failure;
    }
  }

  async function releaseDayOf(booking: BookingRecord): Promise<void> {
    if (booking.residentId !== null) await releaseDay(booking.residentId, booking.date, booking.id);
  }

  /** After the day is claimed: a seat while one is left, else the waitlist (or nothing). */
  async function takeSeatOrWait(booking: BookingRecord, waitlist: boolean): Promise<BookOutcome> {
    if (await takeSeat(booking.slotId)) {
      const booked: BookingRecord = { ...booking, state: 'booked' };
      await writeBooking(booked, true);
      return { outcome: 'booked', booking: booked };
    }
    const slot = waitlist ? await findDocumentById(slots(), booking.slotId, 'bookings.book') : null;
    if (!slot || slot.state !== 'open') {
      // Full and not waiting, or cancelled meanwhile: nothing is stored.
      await releaseDayOf(booking);
      return { outcome: 'slot_closed' };
    }
    const waiting: BookingRecord = { ...booking, state: 'waitlisted' };
    await writeBooking(waiting, false);
    // A seat may have been freed after the failed take, by a cancel that found nobody waiting.
    const promoted = await handOnSeat(booking.slotId, booking.createdAt, false);
    return promoted?.id === booking.id
      ? { outcome: 'booked', booking: promoted }
      : { outcome: 'waitlisted', booking: waiting };
  }

  async function book(booking: BookingRecord, options: { waitlist: boolean }): Promise<BookOutcome> {
    // A missing or cancelled slot is answered before anything else, the resident's day included.
    const slot = await findDocumentById(slots(), booking.slotId, 'bookings.book');
    if (!slot || slot.state !== 'open') return { outcome: 'slot_closed' };
    const { residentId } = booking;
    if (residentId !== null) {
      const claim = await claimDay(residentId, booking.date, booking.id, booking.slotId, booking.createdAt);
      if (!claim.claimed) return { outcome: 'already_booked', existing: claim.existing };
    }
    try {
      return await takeSeatOrWait(booking, options.waitlist);
    } catch (failure) {
      // A seat is compensated where it was taken. The day is released only when the booking is
      // known not to be stored; when that cannot be told, the claim stays until it is stale.
      const stored = await findById(booking.id).catch(() => 'unknown' as const);
      if (stored === null) await releaseDayOf(booking).catch(() => undefined);
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
      // taken over once stale, rather than a seat no one can book.
      const promoted = booking.state === 'booked' ? await handOnSeat(booking.slotId, now, true, id) : null;
      await releaseDayOf(booking);
      return { cancelled: true, promoted };
    }
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
      const next = await handOnSeat(slotId, now, false, promotedBy ?? null);
      if (!next) break;
      promoted.push(next);
    }
    return promoted;
  }

  return { book, findById, cancel, fillFromWaitlist, setAttendance, ...createBookingLists(db, names) };
}
