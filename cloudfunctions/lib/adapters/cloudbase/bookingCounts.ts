import type { BookingRepository } from '../../ports/visits';
import type { CollectionNames } from './collections';
import type { CloudbaseDb } from './database';
import { totalOf } from './keysetPages';

/** The resident's bookings made since an instant, counted by the database (the daily limit). */
export function createBookingCounts(
  db: CloudbaseDb,
  names: CollectionNames,
): Pick<BookingRepository, 'countCreatedByResidentSince'> {
  const _ = db.command;
  return {
    async countCreatedByResidentSince(residentId, since) {
      const reply = await db
        .collection(names.bookings)
        .where({ residentId, createdAt: _.gte(since) })
        .count();
      return totalOf(reply, 'bookings.countCreatedByResidentSince');
    },
  };
}
