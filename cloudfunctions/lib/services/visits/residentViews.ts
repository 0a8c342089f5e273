import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';
import { slotWaitlist } from './context';
import { bookingView, usersById } from './present';

/** Bookings as their resident sees them: with slot, cadre, waitlist position and the visit record. */
export async function residentBookingViews(deps: Deps, viewer: UserRecord, bookings: BookingRecord[]) {
  if (bookings.length === 0) return [];
  const slots = await deps.storage.slots.findByIds([...new Set(bookings.map((b) => b.slotId))]);
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const records = await deps.storage.visitRecords.findByBookingIds(bookings.map((b) => b.id));
  const recordByBooking = new Map(records.map((r) => [r.bookingId, r]));
  const users = await usersById(deps, [viewer.id, ...slots.map((s) => s.cadreId), ...records.map((r) => r.cadreId)]);
  const views = [];
  for (const booking of bookings) {
    const slot = slotById.get(booking.slotId);
    if (!slot) continue;
    const waitlist = booking.state === 'waitlisted' ? await slotWaitlist(deps, slot.id) : [];
    views.push(
      bookingView(deps, booking, { viewer, slot, users, waitlist, record: recordByBooking.get(booking.id) ?? null }),
    );
  }
  return views;
}
