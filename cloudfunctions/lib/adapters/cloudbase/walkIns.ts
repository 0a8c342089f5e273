import type { BookingRecord, BookingRepository, WalkInOutcome } from '../../ports/visits';
import { toBookingDocument } from './bookingDocuments';
import type { CollectionNames } from './collections';
import { findDocumentById, insertNew, isDuplicateWrite, type CloudbaseDb } from './database';
import { createSeats } from './bookingSeats';
import { FREE_SEAT } from './seatHolders';

/** A walk-in may grow the slot by as many seats as the cadre registers people. */
const NO_CAPACITY_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Walk-ins on CloudBase, each step one single-document write: a seat is taken for the walk-in with
 * the same conditional update as a booking (`remaining > 0`, held under its id), or, when the
 * cadre confirmed 已约满，仍登记, the slot grows by one seat held by it (`capacity + 1,
 * seatsTaken + 1`, so `remaining` stays as it was and never goes below zero); then the walk-in is
 * written as attended. A failed write gives the seat back, unless the walk-in turns out stored
 * after all or that cannot be told (then a seat may stay held that nobody uses: one seat fewer to
 * book, never one too many).
 */
export function createWalkIns(db: CloudbaseDb, names: CollectionNames): Pick<BookingRepository, 'addWalkIn'> {
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);
  const { seats, claimSeat } = createSeats(db, names);

  async function giveBack(walkIn: BookingRecord, overCapacity: boolean): Promise<void> {
    if (overCapacity) await seats.removeAdded(walkIn.slotId, walkIn.id);
    else await seats.giveBack(walkIn.slotId, walkIn.id);
  }

  async function write(walkIn: BookingRecord, overCapacity: boolean): Promise<void> {
    try {
      await insertNew(bookings(), toBookingDocument(walkIn), 'walkIns.add');
    } catch (failure) {
      // A duplicate id is this walk-in, written by an earlier attempt of the same request: its seat stays.
      if (isDuplicateWrite(failure)) throw failure;
      const stored = await findDocumentById(bookings(), walkIn.id, 'walkIns.add').catch(() => 'unknown' as const);
      if (stored === 'unknown') throw failure;
      if (stored) return; // written; only the reply was lost
      await giveBack(walkIn, overCapacity);
      throw failure;
    }
  }

  return {
    async addWalkIn(walkIn, options): Promise<WalkInOutcome> {
      const slot = await findDocumentById(slots(), walkIn.slotId, 'walkIns.add');
      if (!slot || slot.state !== 'open') return { outcome: 'slot_closed' };
      let overCapacity = false;
      if (!(await claimSeat(walkIn.slotId, walkIn.id)).held) {
        if (!options.overCapacity) return { outcome: 'full' };
        if (!(await seats.addFor(walkIn.slotId, walkIn.id, FREE_SEAT, NO_CAPACITY_LIMIT))) {
          return { outcome: 'slot_closed' };
        }
        overCapacity = true;
      }
      const stored: BookingRecord = { ...walkIn, residentId: null, state: 'attended' };
      await write(stored, overCapacity);
      return { outcome: 'added', booking: stored, overCapacity };
    },
  };
}
