import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor } from '@domain/pagination';
import { shanghaiDateOf } from '@domain/time';
import { bookingDeadline, cancelDeadline } from '@domain/visits/cutoffs';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { activeBookings } from './activeBookings';
import { communitySettings, visitDaysOf } from './context';
import { daySlots } from './daySlots';
import { residentBookingViews } from './residentViews';

/** The coming visit days the 约见 tab shows, and whose bookings staff may make or find. */
export const DAYS_SHOWN = 6;

/**
 * The 约见 tab: the community's next visit days with their seats and my booking on each. The
 * days' slots are one read, and my bookings' slots and names another, however many days there are.
 */
export async function days({ caller, deps }: ActionContext, input: { communityId?: string }) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  // Independent reads go out together, two round trips' wait in all.
  const [settings, visitDays, upcoming] = await Promise.all([
    communitySettings(deps, communityId),
    visitDaysOf(deps, communityId, DAYS_SHOWN),
    user.role === 'resident' ? activeBookings(deps, user) : Promise.resolve([]),
  ]);
  const dates = visitDays.map((d) => d.date);
  const mine = upcoming.filter((b) => dates.includes(b.date));
  const [daySlots, myViews] = await Promise.all([
    deps.storage.slots.listByDays(communityId, dates),
    residentBookingViews(deps, user, mine),
  ]);
  const open = daySlots.filter((s) => s.state === 'open');
  const result = visitDays.map((day) => {
    const slots = open.filter((s) => s.date === day.date);
    const bookingClosesAt = bookingDeadline(day.date, settings.bookingClosesAt);
    return {
      ...day,
      bookingClosesAt,
      bookingOpen: deps.clock.now() < bookingClosesAt,
      cancelClosesAt: cancelDeadline(day.date, settings.cancelClosesAt),
      slotCount: slots.length,
      seatsLeft: slots.reduce((sum, s) => sum + Math.max(0, s.capacity - s.seatsTaken), 0),
      bookedCount: slots.reduce((sum, s) => sum + s.seatsTaken, 0),
      myBooking: myViews.find((v) => v.date === day.date) ?? null,
    };
  });
  return { communityId, officePhone: settings.officePhone, days: result };
}

/** One visit day's page (see daySlots). */
export async function slots({ caller, deps }: ActionContext, input: { date: string; communityId?: string }) {
  const user = requireUser(caller);
  return daySlots(deps, user, communityFor(user, input.communityId), input.date);
}

export async function myVisits(
  ctx: ActionContext,
  input: { when: 'upcoming' | 'past'; cursor?: string; limit: number },
) {
  const user = requireUser(ctx.caller);
  const after = input.cursor === undefined ? null : decodeCursor(input.cursor);
  if (input.cursor !== undefined && !after)
    throw new AppError('BAD_INPUT', '分页参数无效', [{ path: 'cursor', message: '分页参数无效' }]);
  const today = shanghaiDateOf(ctx.deps.clock.now());
  const page = await ctx.deps.storage.bookings.listByResident(user.id, input.when, today, after, input.limit);
  return {
    items: await residentBookingViews(ctx.deps, user, page.items),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}
