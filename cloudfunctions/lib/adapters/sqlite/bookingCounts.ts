import type Database from 'better-sqlite3';
import type { BookingRepository } from '../../ports/visits';

/** The resident's bookings made since an instant, counted in the database (for the daily limit). */
export function sqliteBookingCounts(db: Database.Database): Pick<BookingRepository, 'countCreatedByResidentSince'> {
  // bookings_by_resident narrows to the resident's own rows; a resident has few.
  const count = db.prepare<[string, number], { n: number }>(
    'SELECT COUNT(*) AS n FROM bookings WHERE resident_id = ? AND created_at >= ?',
  );
  return {
    async countCreatedByResidentSince(residentId, since) {
      return count.get(residentId, since)?.n ?? 0;
    },
  };
}
