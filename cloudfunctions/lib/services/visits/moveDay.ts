import { formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import { isActiveBooking } from '@domain/visits/bookings';
import { assertMoveTargetFree, currentDateOf, validateMove } from '@domain/visits/days';
import type { ActionContext } from '../../service';
import type { Deps } from '../../deps';
import { communityFor } from '../community';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { movesOf } from './context';
import { notifyBooking, notifyBookingReaders, placeOf, slotStartsAt } from './bookingNotices';
import { days } from './resident';

/**
 * A committee moves one visit day of its community (a holiday), with the reason residents see.
 * The day's slots and bookings (the waitlist too) move with it: a booking is the resident's plan
 * for that visit, not for a date that no longer has one. Order: the slots and bookings, the
 * notices (of the move, and of the bookings cancelled because their resident already had one on
 * the new date), the audit line, and the move record last, so the new date is bookable only once
 * everything is there. Each step can run again: a retry moves what is left, is told by moveDay
 * which bookings the move cancelled (its earlier attempt's too) and tells each resident once.
 */
export async function moveVisitDay(
  ctx: ActionContext,
  input: { communityId?: string; originalDate: string; movedTo: string; reason: string },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const { deps } = ctx;
  const now = deps.clock.now();
  validateMove(input.originalDate, input.movedTo, shanghaiDateOf(now));
  const moves = await movesOf(deps, communityId);
  assertMoveTargetFree(input.originalDate, input.movedTo, moves);
  // Slots still on the original date (left there by a move before slots moved along) come too.
  const fromDates = [input.originalDate, currentDateOf(input.originalDate, moves)];
  const clashReason = `接访日改到${formatShanghaiDay(input.movedTo)}，您这一天已有其他预约`;
  const { slotIds, cancelled } = await deps.storage.bookings.moveDay(
    communityId,
    fromDates,
    input.movedTo,
    clashReason,
    now,
  );
  const movedBookings = await tellResidents(deps, communityId, input.movedTo, input.reason);
  for (const booking of cancelled) await notifyBooking(deps, booking, 'slot_cancelled', { reason: clashReason });
  await deps.storage.audit.append({
    // From the request id: a retry after a failure writes this line once.
    id: commandId(ctx, 'a', 'visit.moveVisitDay'),
    actorId: user.id,
    actorName: user.name || '居委会',
    action: 'visit.moveVisitDay',
    targetType: 'visitDay',
    targetId: `${communityId}:${input.originalDate}`,
    communityId,
    before: { date: fromDates[1] },
    after: { date: input.movedTo, reason: input.reason, slots: slotIds.length, bookings: movedBookings },
    at: now,
  });
  // The move record last: until it is stored, a retry computes the dates it moves from as the
  // first attempt did; once it is, everything before it is done and the retry only answers.
  await deps.storage.visitDayMoves.save({
    communityId,
    originalDate: input.originalDate,
    movedTo: input.movedTo,
    reason: input.reason,
    movedBy: user.id,
    createdAt: now,
  });
  return {
    days: (await days(ctx, { communityId })).days,
    movedBookings,
    cancelledBookings: cancelled.length,
  };
}

/**
 * Tells every booked and waitlisted resident of the day's slots, in the inbox and by subscribe
 * message, when and where their visit now is. Keyed by booking and new date: told once per move.
 */
async function tellResidents(deps: Deps, communityId: string, date: string, reason: string): Promise<number> {
  let told = 0;
  for (const slot of await deps.storage.slots.listByDay(communityId, date)) {
    if (slot.state !== 'open') continue;
    for (const booking of await deps.storage.bookings.listBySlot(slot.id)) {
      if (!isActiveBooking(booking.state) || (!booking.residentId && !booking.onBehalf)) continue;
      told += 1;
      await notifyBookingReaders(deps, booking, {
        kind: 'visit_day_moved',
        title: booking.topic,
        facts: { when: slotStartsAt(slot), place: placeOf(slot, booking), reason },
        dedupeKey: `visit_day_moved:${booking.id}:${date}`,
        at: deps.clock.now(),
      });
    }
  }
  return told;
}
