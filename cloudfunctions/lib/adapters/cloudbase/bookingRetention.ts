import type { BookingRepository } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { countOf, type CloudbaseDb } from './database';

/** Booking contacts erased once their visit is long past (the retention rule). */
export function createBookingRetention(
  db: CloudbaseDb,
  names: CollectionNames,
): Pick<BookingRepository, 'eraseContactsUpTo'> {
  const _ = db.command;
  return {
    async eraseContactsUpTo(lastDate) {
      // One multi-document update over the date index; bookings already erased do not match, so
      // a night's run touches only the day(s) that came of age since the last one.
      const reply = await db
        .collection(names.bookings)
        .where(_.and([{ date: _.lte(lastDate) }, _.or([{ phone: _.neq('') }, { address: _.neq('') }])]))
        .update({ phone: '', address: '' });
      return countOf(reply, 'updated', 'bookings.eraseContactsUpTo');
    },
  };
}
