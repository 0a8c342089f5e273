import type { BookingRecord } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, rowsOf, succeeded, type CloudbaseDb, type StoredDocument } from './database';
import { toBookingRecord } from './bookingDocuments';
import { giveBackOneSeat, takeOneSeat } from './slots';

/** Waiting candidates read at a time when a seat is handed on. */
const WAITLIST_BATCH = 10;
/** Rounds of handing a seat on while the waitlist keeps emptying under it, before giving up. */
const HAND_ON_ROUNDS = 50;

/**
 * A slot's seats on CloudBase: taken and given back with conditional single-document updates of
 * the slot's `remaining` (step 2 of bookings.ts), and handed on to the waitlist race-safely when
 * a seat frees.
 */
export function createSeats(db: CloudbaseDb, names: CollectionNames) {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);

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

  /**
   * One seat more on the slot, taken in the same write (capacity and seats taken move together,
   * `remaining` does not): a seat added this way is never free for someone who did not wait.
   */
  async function addTakenSeat(slotId: string, upTo: number, now: number): Promise<boolean> {
    const reply = await slots()
      .where({ _id: slotId, state: 'open', capacity: _.lt(upTo) })
      .update({ capacity: _.inc(1), seatsTaken: _.inc(1), updatedAt: now });
    return countOf(reply, 'updated', 'bookings.raiseCapacity') === 1;
  }

  async function removeTakenSeat(slotId: string): Promise<void> {
    const reply = await slots()
      .doc(slotId)
      .update({ capacity: _.inc(-1), seatsTaken: _.inc(-1) });
    succeeded(reply, 'bookings.raiseCapacity');
  }

  /**
   * Raises the capacity towards `upTo` seat by seat while people wait, each new seat handed to
   * the oldest waiting booking; the service then sets the capacity itself, freeing what is left.
   */
  async function raiseForWaitlist(slotId: string, upTo: number, now: number, from: string | null) {
    const promoted: BookingRecord[] = [];
    for (let round = 0; round < HAND_ON_ROUNDS; round += 1) {
      if ((await oldestWaiting(slotId, 1)).length === 0) break;
      if (!(await addTakenSeat(slotId, upTo, now))) break;
      const next = await promoteOldest(slotId, now, from);
      if (!next) {
        await removeTakenSeat(slotId);
        break;
      }
      promoted.push(next);
    }
    return promoted;
  }

  return { takeSeat, giveBackSeat, handOnSeat, raiseForWaitlist };
}
