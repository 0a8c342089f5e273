import { AppError } from '../../../../src/domain/errors';
import { decodeCursor, encodeCursor } from '../../../../src/domain/pagination';
import { shanghaiDateOf } from '../../../../src/domain/time';
import { assertCanBook, assertCanCancel, bookingDeadline, cancelDeadline } from '../../../../src/domain/visits/cutoffs';
import { isBookableDay } from '../../../../src/domain/visits/days';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { assertBookingLimit } from './bookingLimit';
import { communitySettings, movesOf, slotWaitlist, visitDaysOf } from './context';
import { slotView, usersById } from './present';
import { residentBookingViews } from './residentViews';
import { notifyBooking } from './notify';

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

export interface BookInput {
  slotId: string;
  topic: string;
  address: string;
  phone: string;
}

export async function book(ctx: ActionContext, input: BookInput) {
  const user = requireUser(ctx.caller);
  const slot = await bookableSlot(ctx, user, input.slotId);
  if (slot.mode === 'home' && input.address.trim().length < 2) {
    throw new AppError('BAD_INPUT', '入户走访请填写地址', [{ path: 'address', message: '入户走访请填写地址' }]);
  }
  await assertBookingLimit(ctx.deps, user.id);
  const now = ctx.deps.clock.now();
  const record: BookingRecord = {
    id: ctx.deps.ids.newId(),
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
  await notifyBooking(
    ctx.deps,
    outcome.booking,
    outcome.outcome === 'booked' ? 'booking_confirmed' : 'booking_waitlisted',
    { slot },
  );
  const [view] = await residentBookingViews(ctx.deps, user, [outcome.booking]);
  return { booking: view, status: outcome.outcome };
}

/** The resident's own active booking, before the cancel cut-off (after it: whom to call). */
async function cancellableBooking(ctx: ActionContext, user: UserRecord, bookingId: string) {
  const booking = await ctx.deps.storage.bookings.findById(bookingId);
  if (!booking || booking.residentId !== user.id) throw new AppError('NOT_FOUND', '预约不存在');
  if (booking.state !== 'booked' && booking.state !== 'waitlisted')
    throw new AppError('INVALID_STATE', '这个预约已不能取消');
  const settings = await communitySettings(ctx.deps, booking.communityId);
  assertCanCancel(booking.date, settings.cancelClosesAt, ctx.deps.clock.now(), settings.officePhone);
  return booking;
}

export async function cancel(ctx: ActionContext, input: { bookingId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const booking = await cancellableBooking(ctx, user, input.bookingId);
  const { promoted } = await ctx.deps.storage.bookings.cancel(booking.id, input.reason, ctx.deps.clock.now());
  if (promoted) await notifyBooking(ctx.deps, promoted, 'waitlist_promoted');
  const updated = (await ctx.deps.storage.bookings.findById(booking.id))!;
  const [view] = await residentBookingViews(ctx.deps, user, [updated]);
  return { booking: view };
}

/** Move to another slot: the new seat is taken first, so a full target never loses the old one. */
export async function reschedule(ctx: ActionContext, input: { bookingId: string; toSlotId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const booking = await cancellableBooking(ctx, user, input.bookingId);
  const target = await bookableSlot(ctx, user, input.toSlotId);
  await assertBookingLimit(ctx.deps, user.id); // before the old booking is let go
  if (target.id === booking.slotId)
    throw new AppError('BAD_INPUT', '请选择另一个时段', [{ path: 'toSlotId', message: '请选择另一个时段' }]);
  if (target.date !== booking.date) {
    // Another day: book there first (one active booking per day still holds), then release the old one.
    const moved = await book(ctx, {
      slotId: target.id,
      topic: booking.topic,
      address: booking.address,
      phone: booking.phone,
    });
    await releaseOld(ctx, booking.id, input.reason);
    return moved;
  }
  // Same day: the old booking must go first (one active booking per resident per day), so only
  // move to a slot with a free seat: the resident never trades a seat for a waitlist place.
  if (target.seatsTaken >= target.capacity) throw new AppError('CONFLICT', '这个时段已约满，请选择其他时段');
  await releaseOld(ctx, booking.id, input.reason);
  return book(ctx, { slotId: target.id, topic: booking.topic, address: booking.address, phone: booking.phone });
}

async function releaseOld(ctx: ActionContext, bookingId: string, reason: string) {
  const { promoted } = await ctx.deps.storage.bookings.cancel(bookingId, `改约：${reason}`, ctx.deps.clock.now());
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
