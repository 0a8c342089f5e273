import type Database from 'better-sqlite3';
import type { BookingRecord, BookingRepository } from '../../ports/visits';
import { toBooking, type BookingRow } from './bookings';

/**
 * Moving a visit day on SQLite. Bookings that would break "one active booking per resident per
 * day" on the new date are cancelled first, through the repository's own cancel (which passes a
 * freed seat to the waitlist); then one transaction moves the slots and all their bookings.
 */
export function sqliteDayMove(
  db: Database.Database,
  core: Pick<BookingRepository, 'cancel'>,
): Pick<BookingRepository, 'moveDay'> {
  const slotIdsOn = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM slots WHERE community_id = ? AND date = ? ORDER BY id',
  );
  const activeOfSlot = db.prepare<[string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND state IN ('booked', 'waitlisted') ORDER BY created_at, id`,
  );
  const activeOnDay = db.prepare<[string], { resident_id: string; slot_id: string }>(
    `SELECT resident_id, slot_id FROM bookings
     WHERE date = ? AND state IN ('booked', 'waitlisted') AND resident_id IS NOT NULL`,
  );
  const cancelledForMove = db.prepare<[string, string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND state = 'cancelled' AND cancel_reason = ? ORDER BY created_at, id`,
  );
  const moveSlot = db.prepare('UPDATE slots SET date = ?, updated_at = ? WHERE id = ?');
  const moveBookings = db.prepare('UPDATE bookings SET date = ? WHERE slot_id = ?');

  const moveTx = db.transaction((slotIds: readonly string[], toDate: string, now: number) => {
    for (const id of slotIds) {
      moveBookings.run(toDate, id);
      moveSlot.run(toDate, now, id);
    }
  });

  /** Active bookings of the moving slots, oldest first, that would be a resident's second that day. */
  function clashes(slotIds: readonly string[], toDate: string): BookingRecord[] {
    const moving = new Set(slotIds);
    const holders = new Set(
      activeOnDay
        .all(toDate)
        .filter((b) => !moving.has(b.slot_id))
        .map((b) => b.resident_id),
    );
    const active = slotIds
      .flatMap((id) => activeOfSlot.all(id))
      .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
    const clashing: BookingRecord[] = [];
    for (const row of active) {
      if (row.resident_id === null) continue;
      if (holders.has(row.resident_id)) clashing.push(toBooking(row));
      else holders.add(row.resident_id);
    }
    return clashing;
  }

  return {
    async moveDay(communityId, fromDates, toDate, cancelReason, now) {
      const moving = [...new Set(fromDates)]
        .filter((date) => date !== toDate)
        .flatMap((date) => slotIdsOn.all(communityId, date).map((s) => s.id));
      // The slots already on the new date are the day's too (an earlier run of this move took
      // them there), and bookings cancelled with this move's reason are reported again: running
      // the same move again answers like the first run (on CloudBase a retry needs it).
      const slotIds = [...moving, ...slotIdsOn.all(communityId, toDate).map((s) => s.id)];
      const cancelled = slotIds.flatMap((id) => cancelledForMove.all(id, cancelReason)).map(toBooking);
      for (const booking of clashes(moving, toDate)) {
        const outcome = await core.cancel(booking.id, cancelReason, now);
        if (outcome.cancelled) {
          cancelled.push({ ...booking, date: toDate, state: 'cancelled', cancelReason, updatedAt: now });
        }
      }
      moveTx.immediate(moving, toDate, now);
      return { slotIds, cancelled };
    },
  };
}
