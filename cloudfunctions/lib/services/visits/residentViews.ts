import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import type { VisitRecordRecord } from '../../ports/visitRecords';
import { slotWaitlist } from './context';
import { bookingView, unnamedCadres, usersById, type UsersById } from './present';
import { waitlistOf } from './waitlist';

/**
 * What the caller has already read, so it is not read again: the bookings' slots, the waitlisted
 * bookings of those slots, and their visit records (none for a booking made a moment ago).
 */
export interface KnownForBookings {
  slots?: SlotRecord[];
  waitlisted?: BookingRecord[];
  records?: VisitRecordRecord[];
  /** Names read earlier in the call. */
  users?: UsersById;
}

/** Bookings as their resident sees them: with slot, cadre, waitlist position and the visit record. */
export async function residentBookingViews(
  deps: Deps,
  viewer: UserRecord,
  bookings: BookingRecord[],
  known: KnownForBookings = {},
) {
  if (bookings.length === 0) return [];
  const slotIds = [...new Set(bookings.map((b) => b.slotId))];
  const slots = known.slots ?? (await deps.storage.slots.findByIds(slotIds));
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const records = known.records ?? (await deps.storage.visitRecords.findByBookingIds(bookings.map((b) => b.id)));
  const recordByBooking = new Map(records.map((r) => [r.bookingId, r]));
  const users = await usersById(
    deps,
    [...unnamedCadres(slots), ...records.map((r) => r.cadreId)],
    [viewer, ...(known.users?.values() ?? [])],
  );
  const views = [];
  for (const booking of bookings) {
    const slot = slotById.get(booking.slotId);
    if (!slot) continue;
    const waitlist = booking.state === 'waitlisted' ? await waitlistFor(deps, slot.id, known) : [];
    views.push(
      bookingView(deps, booking, { viewer, slot, users, waitlist, record: recordByBooking.get(booking.id) ?? null }),
    );
  }
  return views;
}

async function waitlistFor(deps: Deps, slotId: string, known: KnownForBookings): Promise<BookingRecord[]> {
  if (!known.waitlisted) return slotWaitlist(deps, slotId);
  return waitlistOf(known.waitlisted.filter((b) => b.slotId === slotId));
}
