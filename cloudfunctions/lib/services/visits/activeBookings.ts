import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';

/** The resident's bookings from today on that still stand: booked or waiting for a seat. */
export async function activeBookings(deps: Deps, user: UserRecord): Promise<BookingRecord[]> {
  const today = shanghaiDateOf(deps.clock.now());
  const page = await deps.storage.bookings.listByResident(user.id, 'upcoming', today, null, 50);
  return page.items.filter((b) => b.state === 'booked' || b.state === 'waitlisted');
}
