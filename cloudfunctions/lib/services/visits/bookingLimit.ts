import { rateWindowStart } from '@domain/matters/rateLimits';
import { assertWithinBookingLimit } from '@domain/visits/bookingLimit';
import type { Deps } from '../../deps';

/** The daily booking limit, counted by the database (no rows read into the function). */
export async function assertBookingLimit(deps: Deps, residentId: string): Promise<void> {
  const since = rateWindowStart(deps.clock.now());
  assertWithinBookingLimit(await deps.storage.bookings.countCreatedByResidentSince(residentId, since));
}
