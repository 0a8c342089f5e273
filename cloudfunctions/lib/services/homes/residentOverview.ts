import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { activeBookings } from '../visits/activeBookings';
import { visitDaysOf } from '../visits/context';
import { residentBookingViews } from '../visits/residentViews';

/** How many of my matters and visit days the home shows. */
const MATTERS_SHOWN = 3;
const DAYS_SHOWN = 3;

/**
 * The resident's home: their next booking (booked or waiting, from today on), the matters they
 * raised with where each stands, and their community's next visit days. Only their own records
 * are read; independent reads go out together.
 */
export async function residentOverview(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  const { deps } = ctx;
  const [bookings, raised, visitDays] = await Promise.all([
    activeBookings(deps, user),
    deps.storage.matters.listByUser(user.id, 'raised', null, MATTERS_SHOWN),
    visitDaysOf(deps, communityId, DAYS_SHOWN),
  ]);
  const [nextBooking = null] = await residentBookingViews(deps, user, bookings.slice(0, 1));
  return {
    communityId,
    nextBooking,
    matters: raised.items.map((m) => ({ id: m.id, title: m.title, state: m.state, updatedAt: m.updatedAt })),
    visitDays: visitDays.map(({ date, moved, reason }) => ({ date, moved, reason })),
  };
}
