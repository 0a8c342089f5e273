import { isActiveBooking } from '@domain/visits/bookings';
import type { BookingRecord, BookingRepository } from '../../ports/visits';
import { activeBookingId, toBookingRecord } from './bookingDocuments';
import type { CollectionNames } from './collections';
import { findDocumentById, insertIfAbsent, succeeded, type CloudbaseDb } from './database';
import { fetchAllMatching } from './keysetPages';

/**
 * Moving a visit day on CloudBase, one single-document write at a time, in an order a retry can
 * finish: each active booking first claims its resident's new day (`activeBookings/<resident>:<to>`,
 * the same `_id` claim booking uses), then its date moves, then the old day's claim is released;
 * the slots move last, so a call that dies midway leaves them on the old date and running the
 * move again picks up the bookings still to do (a booking already on the new date is skipped).
 * A booking whose resident already holds another active booking on the new date is cancelled
 * through the repository's cancel (its seat goes to the waitlist) rather than moved. Running the
 * same move again answers like the first run: the day's slots on the new date, and the bookings
 * cancelled with this move's reason.
 */
export function createDayMove(
  db: CloudbaseDb,
  names: CollectionNames,
  core: Pick<BookingRepository, 'cancel' | 'findById'>,
): Pick<BookingRepository, 'moveDay'> {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);
  const slots = () => db.collection(names.slots);
  const activeBookings = () => db.collection(names.activeBookings);

  async function slotIdsOn(communityId: string, date: string): Promise<string[]> {
    const rows = await fetchAllMatching(slots(), _, {
      conditions: [{ communityId, date }],
      sortField: 'createdAt',
      idField: '_id',
      direction: 'asc',
      operation: 'bookings.moveDay',
    });
    return rows.map((row) => String(row._id));
  }

  async function bookingsOf(slotId: string): Promise<BookingRecord[]> {
    const rows = await fetchAllMatching(bookings(), _, {
      conditions: [{ slotId }],
      sortField: 'createdAt',
      idField: '_id',
      direction: 'asc',
      operation: 'bookings.moveDay',
    });
    return rows.map(toBookingRecord);
  }

  /** Claims the resident's new day for this booking: false when another active booking holds it. */
  async function claimNewDay(booking: BookingRecord, residentId: string, toDate: string, now: number) {
    const claim = {
      _id: activeBookingId(residentId, toDate),
      bookingId: booking.id,
      slotId: booking.slotId,
      residentId,
      date: toDate,
      at: now,
    };
    if (await insertIfAbsent(activeBookings(), claim, 'bookings.moveDay')) return true;
    const held = await findDocumentById(activeBookings(), claim._id, 'bookings.moveDay');
    if (held?.bookingId === booking.id) return true; // this move ran before and died after the claim
    const holder = held ? await core.findById(String(held.bookingId)) : null;
    if (holder && isActiveBooking(holder.state)) return false;
    // Left behind by a booking no longer active: the day is free, take the claim over.
    const { _id, ...fields } = claim;
    succeeded(await activeBookings().doc(_id).set(fields), 'bookings.moveDay');
    return true;
  }

  async function setDate(bookingId: string, toDate: string): Promise<void> {
    succeeded(await bookings().doc(bookingId).update({ date: toDate }), 'bookings.moveDay');
  }

  async function releaseDay(residentId: string, date: string, bookingId: string): Promise<void> {
    const claim = activeBookings().where({ _id: activeBookingId(residentId, date), bookingId });
    succeeded(await claim.remove(), 'bookings.moveDay');
  }

  return {
    async moveDay(communityId, fromDates, toDate, cancelReason, now) {
      // The slots already on the new date are the day's too (an earlier run of this move took
      // them there): they are listed and searched again, so a retry answers like the first run.
      const moving: string[] = [];
      for (const date of new Set(fromDates)) if (date !== toDate) moving.push(...(await slotIdsOn(communityId, date)));
      const slotIds = [...moving, ...(await slotIdsOn(communityId, toDate))];
      const all: BookingRecord[] = [];
      for (const slotId of slotIds) all.push(...(await bookingsOf(slotId)));
      all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const cancelled: BookingRecord[] = [];
      for (const booking of all) {
        if (booking.state === 'cancelled' && booking.cancelReason === cancelReason) {
          // Cancelled for this move by an earlier run: reported again, so its resident is told.
          cancelled.push({ ...booking, date: toDate });
          if (booking.date !== toDate) await setDate(booking.id, toDate);
          continue;
        }
        if (booking.date === toDate) continue;
        const { residentId } = booking;
        if (residentId === null || !isActiveBooking(booking.state)) {
          await setDate(booking.id, toDate);
          continue;
        }
        if (!(await claimNewDay(booking, residentId, toDate, now))) {
          const outcome = await core.cancel(booking.id, cancelReason, now);
          if (outcome.cancelled)
            cancelled.push({ ...booking, date: toDate, state: 'cancelled', cancelReason, updatedAt: now });
          await setDate(booking.id, toDate);
          continue;
        }
        await setDate(booking.id, toDate);
        await releaseDay(residentId, booking.date, booking.id);
      }
      for (const slotId of moving) {
        succeeded(await slots().doc(slotId).update({ date: toDate, updatedAt: now }), 'bookings.moveDay');
      }
      return { slotIds, cancelled };
    },
  };
}
