import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor } from '@domain/pagination';
import { shanghaiDateOf } from '@domain/time';
import { assertCanBook, assertCanCancel, bookingDeadline, cancelDeadline } from '@domain/visits/cutoffs';
import { isBookableDay } from '@domain/visits/days';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { assertBookingLimit } from './bookingLimit';
import { communitySettings, movesOf, slotWaitlist, visitDaysOf } from './context';
import { slotView, usersById } from './present';
import { residentBookingViews } from './residentViews';
import { notifyBooking } from './bookingNotices';
import { commandId } from '../commandIds';
import { HOME_ADDRESS_REQUIRED, homeAddressMissing, type BookInput } from '@domain/visits/bookingInput';

const DAYS_SHOWN = 6;

export async function days({ caller, deps }: ActionContext, input: { communityId?: string }) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const settings = await communitySettings(deps, communityId);
  const visitDays = await visitDaysOf(deps, communityId, DAYS_SHOWN);
  const upcoming = user.role === 'resident' ? await activeBookings(deps, user) : [];
  const result = [];
  for (const day of visitDays) {
    const slots = (await deps.storage.slots.listByDay(communityId, day.date)).filter((s) => s.state === 'open');
    const mine = upcoming.find((b) => b.date === day.date) ?? null;
    const bookingClosesAt = bookingDeadline(day.date, settings.bookingClosesAt);
    result.push({
      ...day,
      bookingClosesAt,
      bookingOpen: deps.clock.now() < bookingClosesAt,
      cancelClosesAt: cancelDeadline(day.date, settings.cancelClosesAt),
      slotCount: slots.length,
      seatsLeft: slots.reduce((sum, s) => sum + Math.max(0, s.capacity - s.seatsTaken), 0),
      bookedCount: slots.reduce((sum, s) => sum + s.seatsTaken, 0),
      myBooking: mine ? (await residentBookingViews(deps, user, [mine]))[0] : null,
    });
  }
  return { communityId, officePhone: settings.officePhone, days: result };
}

async function activeBookings(deps: ActionContext['deps'], user: UserRecord): Promise<BookingRecord[]> {
  const today = shanghaiDateOf(deps.clock.now());
  const page = await deps.storage.bookings.listByResident(user.id, 'upcoming', today, null, 50);
  return page.items.filter((b) => b.state === 'booked' || b.state === 'waitlisted');
}

export async function slots({ caller, deps }: ActionContext, input: { date: string; communityId?: string }) {
  const user = requireUser(caller);
  const communityId = communityFor(user, input.communityId);
  const settings = await communitySettings(deps, communityId);
  const moves = await movesOf(deps, communityId);
  if (!isBookableDay(input.date, moves))
    throw new AppError('BAD_INPUT', '这一天不是接访日', [{ path: 'date', message: '这一天不是接访日' }]);
  const daySlots = await deps.storage.slots.listByDay(communityId, input.date);
  const users = await usersById(
    deps,
    daySlots.map((s) => s.cadreId),
  );
  const views = [];
  for (const slot of daySlots) views.push(slotView(slot, users, (await slotWaitlist(deps, slot.id)).length));
  const mine =
    user.role === 'resident' ? (await activeBookings(deps, user)).find((b) => b.date === input.date) : undefined;
  const closesAt = bookingDeadline(input.date, settings.bookingClosesAt);
  return {
    date: input.date,
    bookingOpen: deps.clock.now() < closesAt,
    bookingClosesAt: closesAt,
    cancelOpen: deps.clock.now() < cancelDeadline(input.date, settings.cancelClosesAt),
    slots: views,
    myBooking: mine ? (await residentBookingViews(deps, user, [mine]))[0] : null,
  };
}

/** A slot a resident may book: open, in their community, on a bookable day, before the cut-off. */
async function bookableSlot(ctx: ActionContext, user: UserRecord, slotId: string): Promise<SlotRecord> {
  const { deps } = ctx;
  const slot = await deps.storage.slots.findById(slotId);
  if (!slot || slot.communityId !== communityFor(user)) throw new AppError('NOT_FOUND', '时段不存在');
  if (slot.state !== 'open') throw new AppError('INVALID_STATE', '这个时段已取消');
  if (!isBookableDay(slot.date, await movesOf(deps, slot.communityId)))
    throw new AppError('INVALID_STATE', '这一天不是接访日');
  const settings = await communitySettings(deps, slot.communityId);
  assertCanBook(slot.date, settings.bookingClosesAt, deps.clock.now(), settings.officePhone);
  return slot;
}

export async function book(ctx: ActionContext, input: BookInput) {
  const user = requireUser(ctx.caller);
  return bookOnce(ctx, user, commandId(ctx, 'b', 'visit.book'), input);
}

/**
 * Books under `bookingId`, derived from the request id: a retry whose earlier attempt stored the
 * booking finds it and only finishes telling the resident (the notification is deduplicated).
 */
async function bookOnce(ctx: ActionContext, user: UserRecord, bookingId: string, input: BookInput) {
  const earlier = await ctx.deps.storage.bookings.findById(bookingId);
  if (earlier && earlier.residentId === user.id) {
    if (earlier.state === 'cancelled') throw new AppError('INVALID_STATE', '这个预约已取消');
    return confirmBooking(ctx, user, earlier, earlier.state === 'waitlisted' ? 'waitlisted' : 'booked');
  }
  const slot = await bookableSlot(ctx, user, input.slotId);
  if (homeAddressMissing(slot.mode, input.address)) {
    throw new AppError('BAD_INPUT', HOME_ADDRESS_REQUIRED, [{ path: 'address', message: HOME_ADDRESS_REQUIRED }]);
  }
  await assertBookingLimit(ctx.deps, user.id);
  const now = ctx.deps.clock.now();
  const record: BookingRecord = {
    id: bookingId,
    slotId: slot.id,
    communityId: slot.communityId,
    residentId: user.id,
    walkInName: '',
    date: slot.date,
    topic: input.topic,
    address: input.address,
    phone: input.phone,
    state: 'booked',
    cancelReason: '',
    createdAt: now,
    updatedAt: now,
  };
  const outcome = await ctx.deps.storage.bookings.book(record, { waitlist: true });
  if (outcome.outcome === 'already_booked') {
    throw new AppError('CONFLICT', `您在${slot.date.slice(5).replace('-', '月')}日已有预约，每个接访日只能预约一次`);
  }
  if (outcome.outcome === 'slot_closed') throw new AppError('INVALID_STATE', '这个时段已取消');
  return confirmBooking(ctx, user, outcome.booking, outcome.outcome, slot);
}

async function confirmBooking(
  ctx: ActionContext,
  user: UserRecord,
  booking: BookingRecord,
  status: 'booked' | 'waitlisted',
  slot?: SlotRecord,
) {
  await notifyBooking(ctx.deps, booking, status === 'booked' ? 'booking_confirmed' : 'booking_waitlisted', { slot });
  const [view] = await residentBookingViews(ctx.deps, user, [booking]);
  return { booking: view, status };
}

/**
 * The resident's own active booking, before the cancel cut-off (after it: whom to call). `done`
 * when it is already cancelled with `ownReason`: an earlier attempt of this very command cancelled
 * it and failed afterwards, so the retry only finishes the work.
 */
async function cancellableBooking(ctx: ActionContext, user: UserRecord, bookingId: string, ownReason: string) {
  const booking = await ctx.deps.storage.bookings.findById(bookingId);
  if (!booking || booking.residentId !== user.id) throw new AppError('NOT_FOUND', '预约不存在');
  if (booking.state === 'cancelled' && booking.cancelReason === ownReason) return { booking, done: true };
  if (booking.state !== 'booked' && booking.state !== 'waitlisted')
    throw new AppError('INVALID_STATE', '这个预约已不能取消');
  const settings = await communitySettings(ctx.deps, booking.communityId);
  assertCanCancel(booking.date, settings.cancelClosesAt, ctx.deps.clock.now(), settings.officePhone);
  return { booking, done: false };
}

export async function cancel(ctx: ActionContext, input: { bookingId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const { booking, done } = await cancellableBooking(ctx, user, input.bookingId, input.reason);
  await releaseBooking(ctx, booking.id, input.reason, done);
  const updated = (await ctx.deps.storage.bookings.findById(booking.id))!;
  const [view] = await residentBookingViews(ctx.deps, user, [updated]);
  return { booking: view };
}

/**
 * Move to another slot: the new seat is taken first, so a full target never loses the old one.
 * The new booking's id comes from the request id, so a retry after a failure finds each step an
 * earlier attempt made (the new booking, the old one cancelled with this reason) and does the rest.
 */
export async function reschedule(ctx: ActionContext, input: { bookingId: string; toSlotId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const reason = `改约：${input.reason}`;
  const { booking, done: oldReleased } = await cancellableBooking(ctx, user, input.bookingId, reason);
  const details = { topic: booking.topic, address: booking.address, phone: booking.phone };
  const movedId = commandId(ctx, 'b', 'visit.reschedule');
  const moved = await ctx.deps.storage.bookings.findById(movedId);
  if (moved && moved.residentId === user.id) {
    // An earlier attempt booked the new slot: release the old one (if it has not) and answer.
    await releaseBooking(ctx, booking.id, reason, oldReleased);
    return bookOnce(ctx, user, movedId, { slotId: moved.slotId, ...details });
  }
  const target = await bookableSlot(ctx, user, input.toSlotId);
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

/**
 * Cancels the booking and tells whoever took its seat from the waitlist. When an earlier attempt
 * already cancelled it (`done`), the promoted booking is looked up instead, so a retry tells them
 * (once: the notification is deduplicated) without promoting anyone again.
 */
async function releaseBooking(ctx: ActionContext, bookingId: string, reason: string, done: boolean) {
  const { bookings } = ctx.deps.storage;
  const promoted = done
    ? await bookings.promotedInto(bookingId)
    : (await bookings.cancel(bookingId, reason, ctx.deps.clock.now())).promoted;
  if (promoted) await notifyBooking(ctx.deps, promoted, 'waitlist_promoted');
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
