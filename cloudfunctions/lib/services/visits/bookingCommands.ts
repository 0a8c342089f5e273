import { AppError } from '@domain/errors';
import type { ConsentMoment } from '@domain/notifications/templates';
import type { BookInput } from '@domain/visits/bookingInput';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { OnBehalfRecord } from '../../ports/onBehalf';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { checkedConsent } from '../notifications/consent';
import { requireUser } from '../requireUser';
import { assertBookingLimit } from './bookingLimit';
import { notifyBooking } from './bookingNotices';
import { assertBookable, assertHomeAddress, cancellableBooking, releaseBooking, takeSeatOrWait } from './bookingSteps';
import { visitRules } from './context';
import { daySlots, readDay, type KnownForDay } from './daySlots';
import { residentBookingViews } from './residentViews';

const BOOKING_CONSENT: ConsentMoment = 'booking';

/**
 * A slot a resident may book: open, in their community, on a bookable day, before the cut-off.
 * What it read comes along for the day's page the answer carries: the community's settings and
 * moves and, when the page said the slot's date, the day's slots (read instead of the one slot).
 */
async function bookableSlot(ctx: ActionContext, user: UserRecord, slotId: string, date?: string) {
  const { deps } = ctx;
  const communityId = communityFor(user);
  // Independent reads go out together: one round trip's wait instead of two.
  const [{ slot, daySlots: slotsOfDay }, { moves, settings }] = await Promise.all([
    slotWithItsDay(ctx, communityId, slotId, date),
    visitRules(deps, communityId),
  ]);
  assertBookable(ctx, slot, communityId, { moves, settings });
  return { slot, known: { settings, moves, slotsOfDay } };
}

/**
 * The slot and, when the page said its date, the other slots of that day from the same query.
 * A slot not on that day (the day has moved since the page was read) is looked up by its id.
 */
async function slotWithItsDay(ctx: ActionContext, communityId: string, slotId: string, date?: string) {
  const { slots } = ctx.deps.storage;
  if (date) {
    const daySlots = await slots.listByDay(communityId, date);
    const slot = daySlots.find((s) => s.id === slotId);
    if (slot) return { slot, daySlots };
  }
  return { slot: await slots.findById(slotId), daySlots: undefined };
}

/**
 * Books a seat (or a waitlist place) and records the notifications the resident accepted in the
 * same tap's consent dialog, last, once every check has passed. Answers with the day's page.
 */
export async function book(ctx: ActionContext, input: BookInput & { acceptedTemplateIds?: string[] }) {
  const user = requireUser(ctx.caller);
  const consent = checkedConsent(ctx, BOOKING_CONSENT, input.acceptedTemplateIds);
  const answer = await bookOnce(ctx, user, commandId(ctx, 'b', 'visit.book'), input);
  await consent.record(user.id);
  return answer;
}

/**
 * Books under `bookingId`, derived from the request id: a retry whose earlier attempt stored the
 * booking finds it and only finishes telling the resident (the notification is deduplicated). A
 * request id claimed for the first time has no earlier attempt, so nothing is looked up.
 */
async function bookOnce(ctx: ActionContext, user: UserRecord, bookingId: string, input: BookInput) {
  const earlier = ctx.earlierAttempt ? await ctx.deps.storage.bookings.findById(bookingId) : null;
  if (earlier && earlier.residentId === user.id) {
    if (earlier.state === 'cancelled') throw new AppError('INVALID_STATE', '这个预约已取消');
    return confirmBooking(ctx, user, earlier, earlier.state === 'waitlisted' ? 'waitlisted' : 'booked');
  }
  const { slot, known } = await bookableSlot(ctx, user, input.slotId, input.date);
  assertHomeAddress(slot, input.address);
  await assertBookingLimit(ctx.deps, user.id);
  const outcome = await takeSeatOrWait(ctx, newBooking(ctx, user.id, bookingId, slot, input), slot);
  const { slotsOfDay, ...settingsAndMoves } = known;
  // Made a moment ago: no visit record can hang on it yet.
  return confirmBooking(ctx, user, outcome.booking, outcome.outcome, {
    slot,
    ...settingsAndMoves,
    slots: slotsOfDay && withSeatTaken(slotsOfDay, outcome),
    records: [],
  });
}

/** The day's slots read before the booking, with the seat it took (a waitlist place takes none). */
function withSeatTaken(slots: SlotRecord[], outcome: { outcome: 'booked' | 'waitlisted'; booking: BookingRecord }) {
  if (outcome.outcome !== 'booked') return slots;
  return slots.map((s) => (s.id === outcome.booking.slotId ? { ...s, seatsTaken: s.seatsTaken + 1 } : s));
}

/**
 * A booking of `residentId` on the slot; for 红色代办 `onBehalf` says who booked (and names a
 * resident without an account, kept as the walk-in name so every list shows it).
 */
export function newBooking(
  ctx: ActionContext,
  residentId: string | null,
  id: string,
  slot: SlotRecord,
  input: BookInput,
  onBehalf: OnBehalfRecord | null = null,
): BookingRecord {
  const now = ctx.deps.clock.now();
  return {
    id,
    slotId: slot.id,
    communityId: slot.communityId,
    residentId,
    walkInName: residentId ? '' : (onBehalf?.residentName ?? ''),
    date: slot.date,
    topic: input.topic,
    address: input.address,
    phone: input.phone,
    state: 'booked',
    cancelReason: '',
    onBehalf,
    createdAt: now,
    updatedAt: now,
  };
}

async function confirmBooking(
  ctx: ActionContext,
  user: UserRecord,
  booking: BookingRecord,
  status: 'booked' | 'waitlisted',
  known: KnownForDay & { slot?: SlotRecord } = {},
) {
  const { slot, ...forDay } = known;
  await notifyBooking(ctx.deps, booking, status === 'booked' ? 'booking_confirmed' : 'booking_waitlisted', { slot });
  const day = await daySlots(ctx.deps, user, booking.communityId, booking.date, { ...forDay, myBooking: booking });
  return { booking: day.myBooking!, status, day };
}

/** The resident's own bookings are theirs to cancel or move. */
function ownedBy(user: UserRecord) {
  return (booking: BookingRecord) => booking.residentId === user.id;
}

/** Cancels the booking and answers with it (now cancelled) and the day's page. */
export async function cancel(ctx: ActionContext, input: { bookingId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const { booking, settings, done } = await cancellableBooking(ctx, input.bookingId, input.reason, ownedBy(user));
  await releaseBooking(ctx, booking.id, input.reason, done);
  const cancelled: BookingRecord = { ...booking, state: 'cancelled', cancelReason: input.reason };
  const { page, ...read } = await readDay(ctx.deps, user, booking.communityId, booking.date, {
    settings,
    myBooking: null,
  });
  const [view] = await residentBookingViews(ctx.deps, user, [cancelled], read);
  return { booking: view, day: page };
}

/**
 * Move to another slot: the new seat is taken first, so a full target never loses the old one.
 * The new booking's id comes from the request id, so a retry after a failure finds each step an
 * earlier attempt made (the new booking, the old one cancelled with this reason) and does the rest.
 */
export async function reschedule(ctx: ActionContext, input: { bookingId: string; toSlotId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const reason = `改约：${input.reason}`;
  const { booking, done: oldReleased } = await cancellableBooking(ctx, input.bookingId, reason, ownedBy(user));
  const details = { topic: booking.topic, address: booking.address, phone: booking.phone };
  const movedId = commandId(ctx, 'b', 'visit.reschedule');
  const moved = ctx.earlierAttempt ? await ctx.deps.storage.bookings.findById(movedId) : null;
  if (moved && moved.residentId === user.id) {
    // An earlier attempt booked the new slot: release the old one (if it has not) and answer.
    await releaseBooking(ctx, booking.id, reason, oldReleased);
    return bookOnce(ctx, user, movedId, { slotId: moved.slotId, ...details });
  }
  const { slot: target } = await bookableSlot(ctx, user, input.toSlotId);
  await assertBookingLimit(ctx.deps, user.id); // before the old booking is let go
  if (target.id === booking.slotId)
    throw new AppError('BAD_INPUT', '请选择另一个时段', [{ path: 'toSlotId', message: '请选择另一个时段' }]);
  if (target.date !== booking.date) {
    // Another day: book there first (one active booking per day still holds), then release the old one.
    const answer = await bookOnce(ctx, user, movedId, { slotId: target.id, ...details });
    await releaseBooking(ctx, booking.id, reason, oldReleased);
    return answer;
  }
  // Same day: the old booking must go first (one active booking per resident per day), so only
  // move to a slot with a free seat: the resident never trades a seat for a waitlist place.
  if (!oldReleased && target.seatsTaken >= target.capacity)
    throw new AppError('CONFLICT', '这个时段已约满，请选择其他时段');
  await releaseBooking(ctx, booking.id, reason, oldReleased);
  return bookOnce(ctx, user, movedId, { slotId: target.id, ...details });
}
