import type Database from 'better-sqlite3';
import type { BookingRecord, BookingRepository, WalkInOutcome } from '../../ports/visits';
import { bookingParams, insertBookingSql } from './bookings';
import type { SlotRow } from './slots';

/**
 * Walk-ins on SQLite: one IMMEDIATE transaction checks the slot, takes a free seat (or, when the
 * cadre confirmed it, adds one seat to capacity and seats taken together) and stores the walk-in
 * as attended. Nothing is written when the slot is full and over capacity was not confirmed.
 */
export function sqliteWalkIns(db: Database.Database): Pick<BookingRepository, 'addWalkIn'> {
  const slotById = db.prepare<[string], SlotRow>('SELECT * FROM slots WHERE id = ?');
  const takeSeat = db.prepare(
    `UPDATE slots SET seats_taken = seats_taken + 1 WHERE id = ? AND state = 'open' AND seats_taken < capacity`,
  );
  const addSeat = db.prepare(
    `UPDATE slots SET capacity = capacity + 1, seats_taken = seats_taken + 1 WHERE id = ? AND state = 'open'`,
  );
  const insert = db.prepare(insertBookingSql);

  const addTx = db.transaction((walkIn: BookingRecord, overCapacity: boolean): WalkInOutcome => {
    const slot = slotById.get(walkIn.slotId);
    if (!slot || slot.state !== 'open') return { outcome: 'slot_closed' };
    const seated = takeSeat.run(slot.id).changes === 1;
    if (!seated && !overCapacity) return { outcome: 'full' };
    if (!seated) addSeat.run(slot.id);
    const stored: BookingRecord = { ...walkIn, residentId: null, state: 'attended' };
    insert.run(bookingParams(stored));
    return { outcome: 'added', booking: stored, overCapacity: !seated };
  });

  return {
    async addWalkIn(walkIn, options) {
      return addTx.immediate(walkIn, options.overCapacity);
    },
  };
}
