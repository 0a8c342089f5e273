import { AppError } from '@domain/errors';
import type { BookInput } from '@domain/visits/bookingInput';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { onBehalfOf, type OnBehalfInput } from '../onBehalf';
import { requireUser } from '../requireUser';
import { assertBookingLimit } from './bookingLimit';
import { newBooking } from './bookingCommands';
import { notifyBooking } from './bookingNotices';
import { assertBookable, assertHomeAddress, cancellableBooking, releaseBooking, takeSeatOrWait } from './bookingSteps';
import { visitRules } from './context';
import { bookingView, usersById } from './present';
import { waitlistOf } from './waitlist';

type Status = 'booked' | 'waitlisted';

/**
 * 红色代办 for 民意5来听: a committee member, cadre or grid worker books a visit for a resident at
 * the door. The booking goes the resident's own way (the same checks, the same atomic seat or
 * waitlist place, the resident's booking limits when registered); it is the resident's when they
 * are registered, and names one without an account. Who booked and how the resident agreed stay
 * with it; the resident and a family member named with it are told.
 */
export async function bookFor(ctx: ActionContext, input: BookInput & OnBehalfInput) {
  const staff = requireUser(ctx.caller);
  const bookingId = commandId(ctx, 'b', 'visit.bookFor');
  // A retry whose earlier attempt stored the booking finishes telling and answers with it.
  const earlier = ctx.earlierAttempt ? await ctx.deps.storage.bookings.findById(bookingId) : null;
  if (earlier && earlier.onBehalf?.staffId === staff.id) {
    if (earlier.state === 'cancelled') throw new AppError('INVALID_STATE', '这个预约已取消');
    return answer(ctx, staff, earlier, earlier.state === 'waitlisted' ? 'waitlisted' : 'booked');
  }
  const slot = await ctx.deps.storage.slots.findById(input.slotId);
  if (!slot) throw new AppError('NOT_FOUND', '时段不存在');
  // Another community's slot: refused before anything about the resident is looked up.
  const communityId = communityFor(staff, slot.communityId);
  const whose = await onBehalfOf(ctx, staff, communityId, input);
  assertBookable(ctx, slot, communityId, await visitRules(ctx.deps, communityId));
  assertHomeAddress(slot, input.address);
  if (whose.residentId) await assertBookingLimit(ctx.deps, whose.residentId);
  const booking = newBooking(ctx, whose.residentId, bookingId, slot, input, whose.onBehalf);
  const outcome = await takeSeatOrWait(ctx, booking, slot, whose.onBehalf.residentName);
  return answer(ctx, staff, outcome.booking, outcome.outcome, slot);
}

/**
 * Tells the resident and their family (the staff member who acted is not told of their own act)
 * and answers with the booking as staff see it: 由XX代办, the consent, the contact masked.
 */
async function answer(
  ctx: ActionContext,
  staff: UserRecord,
  booking: BookingRecord,
  status: Status,
  known?: SlotRecord,
) {
  const slot = known ?? (await ctx.deps.storage.slots.findById(booking.slotId));
  if (!slot) throw new AppError('NOT_FOUND', '时段不存在');
  const kind = status === 'booked' ? 'booking_made_for_you' : 'booking_waitlisted_for_you';
  const onBehalf = booking.onBehalf!;
  const reason = `由${onBehalf.staffName || '社区工作人员'}代办，${onBehalf.consent}`;
  // Keyed by the booking alone: a retry, or the booking's later updates, never tell this twice.
  const dedupeKey = `${kind}:${booking.id}`;
  await notifyBooking(ctx.deps, booking, kind, { slot, reason, actorId: staff.id, dedupeKey });
  return { booking: await staffView(ctx, staff, booking, slot), status };
}

async function staffView(ctx: ActionContext, staff: UserRecord, booking: BookingRecord, slot: SlotRecord) {
  const waitlist =
    booking.state === 'waitlisted' ? waitlistOf(await ctx.deps.storage.bookings.listBySlot(slot.id)) : [];
  const users = await usersById(ctx.deps, [booking.residentId, slot.cadreName ? null : slot.cadreId], [staff]);
  return bookingView(ctx.deps, booking, { viewer: staff, slot, users, waitlist, record: null });
}

/**
 * Whose cancel of a booking made on a resident's behalf is accepted: the staff member who made it,
 * or the committee of its community (the cut-off is checked apart: cancellableBooking). The list
 * of such bookings (bookedFor) asks the same, so its 取消代约 is offered exactly where it works.
 */
export function mayCancelFor(staff: UserRecord, booking: BookingRecord): boolean {
  return (
    !!booking.onBehalf &&
    staff.communityIds.includes(booking.communityId) &&
    (booking.onBehalf.staffId === staff.id || staff.role === 'committee')
  );
}

/**
 * The staff member who booked for the resident, or the community's committee, cancels it before
 * the cut-off with a reason; the seat goes on to the waitlist as in a resident's own cancel, and
 * the resident and their family are told.
 */
export async function cancelFor(ctx: ActionContext, input: { bookingId: string; reason: string }) {
  const staff = requireUser(ctx.caller);
  const mayCancel = (b: BookingRecord) => mayCancelFor(staff, b);
  const { booking, done } = await cancellableBooking(ctx, input.bookingId, input.reason, mayCancel);
  await releaseBooking(ctx, booking.id, input.reason, done);
  const cancelled: BookingRecord = { ...booking, state: 'cancelled', cancelReason: input.reason };
  await notifyBooking(ctx.deps, cancelled, 'booking_cancelled_for_you', {
    reason: input.reason,
    actorId: staff.id,
    dedupeKey: `booking_cancelled_for_you:${booking.id}`,
  });
  const slot = await ctx.deps.storage.slots.findById(booking.slotId);
  if (!slot) throw new AppError('NOT_FOUND', '时段不存在');
  return { booking: await staffView(ctx, staff, cancelled, slot) };
}
