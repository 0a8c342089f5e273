import { AppError } from '@domain/errors';
import { canSeeContact } from '@domain/masking';
import { assertVisitDayReached, visitDayReached } from '@domain/visits/attendance';
import type { ActionContext } from '../../service';
import type { BookingRecord } from '../../ports/visits';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { bookingOnOwnSlot, ownSlot } from './context';
import { bookingView, slotView, usersById } from './present';
import { waitlistOf } from './waitlist';

/** The cadre's day: their slots in time order, each with its bookings and waitlist. */
export async function daySheet(ctx: ActionContext, input: { date: string }) {
  const cadre = requireUser(ctx.caller);
  const slots = (await ctx.deps.storage.slots.listByCadreDay(cadre.id, input.date)).filter((s) =>
    cadre.communityIds.includes(s.communityId),
  );
  const bookingsBySlot = new Map<string, BookingRecord[]>();
  for (const slot of slots) bookingsBySlot.set(slot.id, await ctx.deps.storage.bookings.listBySlot(slot.id));
  const all = [...bookingsBySlot.values()].flat();
  const records = await ctx.deps.storage.visitRecords.findByBookingIds(all.map((b) => b.id));
  const recordByBooking = new Map(records.map((r) => [r.bookingId, r]));
  const users = await usersById(ctx.deps, [cadre.id, ...all.map((b) => b.residentId)]);
  return {
    date: input.date,
    visitDayReached: visitDayReached(input.date, ctx.deps.clock.now()),
    slots: slots.map((slot) => {
      const bookings = bookingsBySlot.get(slot.id) ?? [];
      const waitlist = waitlistOf(bookings);
      return {
        ...slotView(slot, users, waitlist.length),
        bookings: bookings.map((b) =>
          bookingView(ctx.deps, b, { viewer: cadre, slot, users, waitlist, record: recordByBooking.get(b.id) ?? null }),
        ),
      };
    }),
  };
}

/** Phone and address in full, when the cadre needs them (e.g. at the door); every look is audited. */
export async function revealContact(ctx: ActionContext, input: { bookingId: string }) {
  const cadre = requireUser(ctx.caller);
  const { booking, slot } = await bookingOnOwnSlot(ctx.deps, cadre, input.bookingId);
  const allowed = canSeeContact(
    { userId: cadre.id, role: cadre.role, communityIds: cadre.communityIds },
    { ownerId: booking.residentId ?? '', communityId: booking.communityId, assignedCadreId: slot.cadreId },
  );
  if (!allowed) throw new AppError('FORBIDDEN');
  await ctx.deps.storage.audit.append({
    id: ctx.deps.ids.newId(),
    actorId: cadre.id,
    actorName: cadre.name || '民情书记',
    action: 'visit.revealContact',
    targetType: 'booking',
    targetId: booking.id,
    communityId: booking.communityId,
    before: null,
    // The visit is why the cadre looked: 审计记录 shows its day and mode.
    after: { residentId: booking.residentId, date: slot.date, mode: slot.mode },
    at: ctx.deps.clock.now(),
  });
  return { phone: booking.phone, address: booking.address };
}

export async function markAttendance(
  ctx: ActionContext,
  input: { bookingId: string; state: 'attended' | 'no_show' | 'booked' },
) {
  const cadre = requireUser(ctx.caller);
  const { booking, slot } = await bookingOnOwnSlot(ctx.deps, cadre, input.bookingId);
  assertVisitDayReached(slot.date, ctx.deps.clock.now());
  const changed = await ctx.deps.storage.bookings.setAttendance(booking.id, input.state, ctx.deps.clock.now());
  if (!changed) throw new AppError('INVALID_STATE', '这个预约已取消或仍在候补，不能标记到场');
  const updated = (await ctx.deps.storage.bookings.findById(booking.id))!;
  const users = await usersById(ctx.deps, [cadre.id, updated.residentId]);
  return { booking: bookingView(ctx.deps, updated, { viewer: cadre, slot, users, waitlist: [], record: null }) };
}

/**
 * Someone came without booking: the cadre writes them down so the visit can be recorded. A walk-in
 * is there in person, so never waits: a free seat, or on a full slot (after the cadre confirmed
 * 已约满，仍登记) one seat added for them. Stored as attended in the same storage step.
 */
export async function addWalkIn(
  ctx: ActionContext,
  input: { slotId: string; name: string; topic: string; phone: string; address: string; overCapacity?: boolean },
) {
  const cadre = requireUser(ctx.caller);
  const slot = await ownSlot(ctx.deps, cadre, input.slotId);
  if (slot.state !== 'open') throw new AppError('INVALID_STATE', '这个时段已取消');
  const now = ctx.deps.clock.now();
  assertVisitDayReached(slot.date, now, '登记现场来访');
  const walkInId = commandId(ctx, 'b', 'visit.addWalkIn');
  // A retry whose earlier attempt stored the walk-in answers with it instead of adding them twice
  // (whether a seat was added for them is not stored: the cadre's confirmation stands for it).
  const earlier = await ctx.deps.storage.bookings.findById(walkInId);
  if (earlier && earlier.slotId === slot.id) {
    const users = await usersById(ctx.deps, [cadre.id]);
    const view = bookingView(ctx.deps, earlier, { viewer: cadre, slot, users, waitlist: [], record: null });
    return { booking: view, overCapacity: input.overCapacity === true };
  }
  const walkIn: BookingRecord = {
    id: walkInId,
    slotId: slot.id,
    communityId: slot.communityId,
    residentId: null,
    walkInName: input.name,
    date: slot.date,
    topic: input.topic,
    address: input.address,
    phone: input.phone,
    state: 'attended',
    cancelReason: '',
    onBehalf: null,
    createdAt: now,
    updatedAt: now,
  };
  const outcome = await ctx.deps.storage.bookings.addWalkIn(walkIn, { overCapacity: input.overCapacity === true });
  if (outcome.outcome === 'full') {
    throw new AppError(
      'CONFIRMATION_REQUIRED',
      `这个时段已约满（${slot.capacity}个名额都有人），确认仍要登记${input.name}的现场来访吗？`,
    );
  }
  if (outcome.outcome === 'slot_closed') throw new AppError('INVALID_STATE', '这个时段已取消');
  const users = await usersById(ctx.deps, [cadre.id]);
  return {
    booking: bookingView(ctx.deps, outcome.booking, { viewer: cadre, slot, users, waitlist: [], record: null }),
    overCapacity: outcome.overCapacity,
  };
}
