import { holdsSeat } from '@domain/visits/bookings';
import type { BookingRecord } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, rowsOf, type CloudbaseDb, type StoredDocument } from './database';
import { toBookingRecord } from './bookingDocuments';
import { createSeatHolders, FREE_SEAT, holdersOf, type SeatHolders } from './seatHolders';

/** Waiting candidates read at a time when a seat is handed on. */
const WAITLIST_BATCH = 10;
/** Rounds of handing a seat on while the waitlist keeps changing under it, before giving up. */
const HAND_ON_ROUNDS = 50;

/** Where a seat put on a waiting booking ended: that booking promoted, or it was cancelled meanwhile and its seat is a stray. */
type Settled = { promoted: BookingRecord } | { stray: string };

/**
 * A slot's seats on CloudBase and the waitlist they go to (step 2 of bookings.ts). Each seat has
 * a holder on the slot document (seatHolders.ts), and a seat is always put on a waiting booking
 * before that booking is promoted: a call that dies between the two leaves a seat its retry (or
 * the booking's own cancel, or the next hand-on) can find by the holder, never a booked booking
 * without a seat.
 */
export function createSeats(db: CloudbaseDb, names: CollectionNames) {
  const bookings = () => db.collection(names.bookings);
  const seats = createSeatHolders(db, names);

  async function oldestWaiting(slotId: string, limit: number): Promise<StoredDocument[]> {
    const reply = await bookings()
      .where({ slotId, state: 'waitlisted' })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(limit)
      .get();
    return rowsOf(reply, 'bookings.waitlist');
  }

  /** The oldest waiting booking that holds no seat yet (one that does is being promoted by another call). */
  async function nextWithoutSeat(slotId: string, holders: SeatHolders): Promise<StoredDocument | null> {
    const waiting = await oldestWaiting(slotId, WAITLIST_BATCH);
    return waiting.find((candidate) => !(candidate._id in holders)) ?? null;
  }

  /**
   * The candidate holds a seat now: `waitlisted -> booked`, conditional, with the booking whose
   * seat it is (`from`) in the same write so a retried cancel finds whom it promoted. When the
   * condition fails the booking either was promoted by a racing call (it keeps the seat) or was
   * cancelled meanwhile, and the seat put on it is a stray to pass on.
   */
  async function settle(candidate: StoredDocument, now: number, from: string | null): Promise<Settled> {
    const reply = await bookings()
      .where({ _id: candidate._id, state: 'waitlisted' })
      .update({ state: 'booked', updatedAt: now, ...(from ? { promotedFrom: from } : {}) });
    if (countOf(reply, 'updated', 'bookings.promote') === 1) {
      return { promoted: { ...toBookingRecord(candidate), state: 'booked', updatedAt: now } };
    }
    const current = await findDocumentById(bookings(), candidate._id, 'bookings.promote');
    if (current && holdsSeat(toBookingRecord(current).state)) return { promoted: toBookingRecord(current) };
    return { stray: candidate._id };
  }

  /**
   * Passes the seat `holder` holds (a cancelled booking's) to the oldest waiting booking: the seat
   * moves first, then that booking is promoted. Nobody waiting, or a cancelled slot, and the seat
   * goes back; then the waitlist is looked at once more, since a booker writes its waitlisted
   * booking before looking for a free seat and this call looked for waiting bookings before giving
   * the seat back: of the two racing, at least one sees the other. Returns the booking promoted;
   * nothing when `holder` holds no seat (it never did, or the seat was passed on already).
   */
  async function passSeat(
    slotId: string,
    now: number,
    holder: string,
    promotedFrom: string | null = holder,
  ): Promise<BookingRecord | null> {
    let current = holder;
    for (let round = 0; round < HAND_ON_ROUNDS; round += 1) {
      const slot = await seats.readSlot(slotId, 'bookings.handOn');
      if (!slot || !(current in holdersOf(slot))) return null;
      if (slot.state !== 'open') {
        await seats.giveBack(slotId, current);
        return null;
      }
      const next = await nextWithoutSeat(slotId, holdersOf(slot));
      if (!next) {
        await seats.giveBack(slotId, current);
        return fillFreeSeat(slotId, now, promotedFrom);
      }
      // The slot's holders moved under this call (a racing hand-on): look again.
      if (!(await seats.transfer(slotId, current, next._id))) continue;
      const settled = await settle(next, now, promotedFrom);
      if ('promoted' in settled) return settled.promoted;
      current = settled.stray;
    }
    return null;
  }

  /**
   * A free seat, if the slot has one, to the oldest waiting booking (a booker that just joined the
   * waitlist, or a fill after the capacity grew). `from` is recorded on the promoted booking.
   */
  async function fillFreeSeat(slotId: string, now: number, from: string | null): Promise<BookingRecord | null> {
    for (let round = 0; round < HAND_ON_ROUNDS; round += 1) {
      const slot = await seats.readSlot(slotId, 'bookings.fill');
      if (!slot || slot.state !== 'open' || !((slot.remaining as number) > 0)) return null;
      const next = await nextWithoutSeat(slotId, holdersOf(slot));
      if (!next) return null;
      // Taken by a racing call in between: look again.
      if (!(await seats.take(slotId, next._id, from ?? FREE_SEAT))) continue;
      const settled = await settle(next, now, from);
      if ('promoted' in settled) return settled.promoted;
      return passSeat(slotId, now, settled.stray, from);
    }
    return null;
  }

  /**
   * Finishes handing on the seat of a cancelled booking whose cancel died partway: it still holds
   * the seat, or the seat was moved to a waiting booking that was not promoted yet. Returns the
   * booking promoted now; null when there was nothing left to do.
   */
  async function finishHandOn(cancelled: BookingRecord, now: number): Promise<BookingRecord | null> {
    const slot = await seats.readSlot(cancelled.slotId, 'bookings.finishCancel');
    if (!slot) return null;
    const holders = holdersOf(slot);
    if (cancelled.id in holders) return passSeat(cancelled.slotId, now, cancelled.id);
    const heir = Object.keys(holders).find((id) => holders[id] === cancelled.id);
    const stored = heir ? await findDocumentById(bookings(), heir, 'bookings.finishCancel') : null;
    if (!stored) return null;
    const state = toBookingRecord(stored).state;
    if (state === 'waitlisted') {
      const settled = await settle(stored, now, cancelled.id);
      if ('promoted' in settled) return settled.promoted;
      return passSeat(cancelled.slotId, now, settled.stray, cancelled.id);
    }
    // Promoted already (the caller looks it up), or cancelled before it was promoted: pass that on.
    return holdsSeat(state) ? null : passSeat(cancelled.slotId, now, stored._id, cancelled.id);
  }

  /**
   * Raises the capacity towards `upTo` seat by seat while people wait, each new seat added for the
   * oldest waiting booking and then that booking promoted; the service then sets the capacity
   * itself, freeing what is left.
   */
  async function raiseForWaitlist(slotId: string, upTo: number, now: number, from: string | null) {
    const promoted: BookingRecord[] = [];
    for (let round = 0; round < HAND_ON_ROUNDS; round += 1) {
      const slot = await seats.readSlot(slotId, 'bookings.raiseCapacity');
      if (!slot || slot.state !== 'open' || (slot.capacity as number) >= upTo) break;
      // The oldest waiting without a seat: one holding a seat already is being promoted by a hand-on.
      const next = await nextWithoutSeat(slotId, holdersOf(slot));
      if (!next) break;
      // Raced by another raise or a hand-on: look again.
      if (!(await seats.addFor(slotId, next._id, from ?? FREE_SEAT, upTo, now))) continue;
      const settled = await settle(next, now, from);
      if ('promoted' in settled) promoted.push(settled.promoted);
      else await seats.removeAdded(slotId, settled.stray);
    }
    return promoted;
  }

  /**
   * A free seat for `holder`: taken now, or held already, by an earlier attempt of the same
   * request whose answer was lost (booking ids come from the request id). Otherwise the slot as it
   * stands, so the caller can tell full from closed without reading it again.
   */
  async function claimSeat(
    slotId: string,
    holder: string,
  ): Promise<{ held: true } | { held: false; slot: StoredDocument | null }> {
    if (await seats.take(slotId, holder, FREE_SEAT)) return { held: true };
    const slot = await seats.readSlot(slotId, 'bookings.takeSeat');
    if (slot?.state === 'open' && holder in holdersOf(slot)) return { held: true };
    return { held: false, slot };
  }

  return { seats, claimSeat, passSeat, fillFreeSeat, finishHandOn, raiseForWaitlist };
}
