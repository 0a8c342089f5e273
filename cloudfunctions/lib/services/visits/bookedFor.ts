import { cancelDeadline } from '@domain/visits/cutoffs';
import { mayHaveWaitlist, waitlistOrder } from '@domain/visits/bookings';
import { effectiveVisitDays } from '@domain/visits/days';
import type { ActionContext } from '../../service';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { mayCancelFor } from './bookFor';
import { visitRules } from './context';
import { bookingView, unnamedCadres, usersById } from './present';
import { DAYS_SHOWN } from './resident';
import { waitlistOf } from './waitlist';

/**
 * 红色代办: the visits staff booked for residents of the community on its coming visit days (the
 * days staff can book on), booked or waitlisted, soonest first, so that when 王奶奶 says she cannot
 * come, whoever booked it (or the committee) finds it and cancels it. Each says whether the caller
 * may cancel it, by cancelFor's own rule and cut-off. A fixed number of reads whatever the number
 * of slots: the rules, the days' slots, then the booked bookings of the days with a seat taken and
 * the waitlists of the full slots together, then the names.
 */
export async function bookedFor(ctx: ActionContext, input: { communityId?: string }) {
  const staff = requireUser(ctx.caller);
  const communityId = communityFor(staff, input.communityId);
  const { deps } = ctx;
  const now = deps.clock.now();
  const { settings, moves } = await visitRules(deps, communityId);
  const dates = effectiveVisitDays(now, DAYS_SHOWN, moves).map((day) => day.date);
  const slots = (await deps.storage.slots.listByDays(communityId, dates)).filter((s) => s.state === 'open');
  // A booked booking holds a seat: only days with a seat taken can have one; only full slots a waitlist.
  const takenDays = [...new Set(slots.filter((s) => s.seatsTaken > 0).map((s) => s.date))];
  const [bookedByDay, waitlisted] = await Promise.all([
    Promise.all(takenDays.map((date) => deps.storage.bookings.listBookedOnDay(date))),
    deps.storage.bookings.listWaitlisted(slots.filter(mayHaveWaitlist).map((s) => s.id)),
  ]);
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const mine = [...bookedByDay.flat(), ...waitlisted].filter(
    (b) => b.communityId === communityId && b.onBehalf !== null && slotById.has(b.slotId),
  );
  const users = await usersById(deps, [...mine.map((b) => b.residentId), ...unnamedCadres(slots)], [staff]);
  const bookings = soonestFirst(mine, slotById).map((booking) => {
    const slot = slotById.get(booking.slotId)!;
    const waitlist = waitlistOf(waitlisted.filter((w) => w.slotId === slot.id));
    const { record: _none, ...view } = bookingView(deps, booking, {
      viewer: staff,
      slot,
      users,
      waitlist,
      record: null,
    });
    // cancellableBooking refuses from the cancel cut-off on: the button is offered until then only.
    const beforeCutOff = now < cancelDeadline(booking.date, settings.cancelClosesAt);
    return { ...view, mayCancel: beforeCutOff && mayCancelFor(staff, booking) };
  });
  return { communityId, bookings };
}

/** By day and time; on one slot the booked before the waitlist, each in the order they came. */
function soonestFirst(bookings: BookingRecord[], slotById: Map<string, SlotRecord>): BookingRecord[] {
  const key = (b: BookingRecord) => {
    const slot = slotById.get(b.slotId)!;
    return `${b.date} ${slot.start} ${slot.id} ${b.state === 'booked' ? 0 : 1}`;
  };
  return [...bookings].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? -1 : ka > kb ? 1 : waitlistOrder(a, b);
  });
}
