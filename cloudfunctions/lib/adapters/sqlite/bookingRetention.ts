import type Database from 'better-sqlite3';
import type { BookingRepository } from '../../ports/visits';

/** Booking contacts erased once their visit is long past (the retention rule). */
export function sqliteBookingRetention(db: Database.Database): Pick<BookingRepository, 'eraseContactsUpTo'> {
  // Runs once a night over a small local table: a scan is fine, no index is kept for it.
  const erase = db.prepare(
    `UPDATE bookings SET phone = '', address = '' WHERE date <= ? AND (phone != '' OR address != '')`,
  );
  return {
    async eraseContactsUpTo(lastDate) {
      return erase.run(lastDate).changes;
    },
  };
}
