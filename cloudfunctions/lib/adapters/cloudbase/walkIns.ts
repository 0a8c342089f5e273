import type { BookingRecord, BookingRepository, WalkInOutcome } from '../../ports/visits';
import { toBookingDocument } from './bookingDocuments';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertNew, isDuplicateWrite, succeeded, type CloudbaseDb } from './database';
import { createSeats } from './bookingSeats';

/**
 * Walk-ins on CloudBase, each step one single-document write: a seat is taken with the same
 * conditional update as a booking (`remaining > 0`), or, when the cadre confirmed 已约满，仍登记,
 * the slot grows by one seat (`capacity + 1, seatsTaken + 1`, so `remaining` stays as it was and
 * never goes below zero); then the walk-in is written as attended. A failed write gives the seat
 * back, unless the walk-in turns out stored after all or that cannot be told (then a seat may stay
 * counted that nobody holds: one seat fewer to book, never one too many).
 */
export function createWalkIns(db: CloudbaseDb, names: CollectionNames): Pick<BookingRepository, 'addWalkIn'> {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);
  const { takeSeat, giveBackSeat } = createSeats(db, names);

  async function addSeat(slotId: string): Promise<boolean> {
    const reply = await slots()
      .where({ _id: slotId, state: 'open' })
      .update({ capacity: _.inc(1), seatsTaken: _.inc(1) });
    return countOf(reply, 'updated', 'walkIns.addSeat') === 1;
  }

  async function giveBack(slotId: string, overCapacity: boolean): Promise<void> {
    if (!overCapacity) return giveBackSeat(slotId);
    succeeded(
      await slots()
        .doc(slotId)
        .update({ capacity: _.inc(-1), seatsTaken: _.inc(-1) }),
      'walkIns.giveBack',
    );
  }

  async function write(walkIn: BookingRecord, overCapacity: boolean): Promise<void> {
    try {
      await insertNew(bookings(), toBookingDocument(walkIn), 'walkIns.add');
    } catch (failure) {
      if (!isDuplicateWrite(failure)) {
        const stored = await findDocumentById(bookings(), walkIn.id, 'walkIns.add').catch(() => 'unknown' as const);
        if (stored === 'unknown') throw failure;
        if (stored) return; // written; only the reply was lost
      }
      await giveBack(walkIn.slotId, overCapacity);
      throw failure;
    }
  }

  return {
    async addWalkIn(walkIn, options): Promise<WalkInOutcome> {
      const slot = await findDocumentById(slots(), walkIn.slotId, 'walkIns.add');
      if (!slot || slot.state !== 'open') return { outcome: 'slot_closed' };
      let overCapacity = false;
      if (!(await takeSeat(walkIn.slotId))) {
        if (!options.overCapacity) return { outcome: 'full' };
        if (!(await addSeat(walkIn.slotId))) return { outcome: 'slot_closed' };
        overCapacity = true;
      }
      const stored: BookingRecord = { ...walkIn, residentId: null, state: 'attended' };
      await write(stored, overCapacity);
      return { outcome: 'added', booking: stored, overCapacity };
    },
  };
}
