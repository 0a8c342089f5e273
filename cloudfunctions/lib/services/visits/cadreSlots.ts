import { AppError } from '@domain/errors';
import { shanghaiDateOf } from '@domain/time';
import { isBookableDay } from '@domain/visits/days';
import { assertNoOverlap, slotInputSchema } from '@domain/visits/slots';
import { toFieldIssues } from '@domain/validation';
import type { VisitMode } from '@domain/visits/views';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { SlotRecord } from '../../ports/visits';
import { communityFor } from '../community';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { movesOf, ownSlot, slotWaitlist } from './context';
import { notifyBooking } from './bookingNotices';
import { slotView, usersById } from './present';

export interface SlotInput {
  start: string;
  end: string;
  mode: VisitMode;
  place: string;
  capacity: number;
}

/** The domain's slot rules (place needed for station and enterprise visits, window length). */
function checkedSlotInput(input: SlotInput, path: string): SlotInput {
  const parsed = slotInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error).map((i) => ({ ...i, path: `${path}.${i.path}` }));
    throw new AppError('BAD_INPUT', issues[0]?.message, issues);
  }
  return parsed.data as SlotInput;
}

async function assertPublishableDay(ctx: ActionContext, cadre: UserRecord, communityId: string, date: string) {
  communityFor(cadre, communityId);
  if (date < shanghaiDateOf(ctx.deps.clock.now()))
    throw new AppError('BAD_INPUT', '不能为过去的日期发布时段', [
      { path: 'date', message: '不能为过去的日期发布时段' },
    ]);
  if (!isBookableDay(date, await movesOf(ctx.deps, communityId))) {
    throw new AppError('BAD_INPUT', '只能在接访日（每月5日、15日、25日或社区调整后的日期）发布时段', [
      { path: 'date', message: '这一天不是接访日' },
    ]);
  }
}

/**
 * Slot ids come from the request id (one per position), so a retry after a failure finds the
 * slots an earlier attempt created (they do not count as overlapping) and creates only the rest.
 */
async function createSlots(
  ctx: ActionContext,
  cadre: UserRecord,
  communityId: string,
  date: string,
  inputs: SlotInput[],
  purpose: string,
) {
  const ids = inputs.map((_input, index) => commandId(ctx, 's', `${purpose}:${index}`));
  const ofTheDay = await ctx.deps.storage.slots.listByCadreDay(cadre.id, date);
  const earlierAttempt = new Map(ofTheDay.filter((s) => ids.includes(s.id)).map((s) => [s.id, s]));
  const existing = ofTheDay.filter((s) => s.state === 'open' && !earlierAttempt.has(s.id));
  assertNoOverlap(inputs, existing);
  const now = ctx.deps.clock.now();
  const created: SlotRecord[] = [];
  for (const [index, input] of inputs.entries()) {
    const earlier = earlierAttempt.get(ids[index]);
    if (earlier) {
      created.push(earlier);
      continue;
    }
    const slot: SlotRecord = {
      id: ids[index],
      communityId,
      cadreId: cadre.id,
      cadreName: cadre.name,
      date,
      start: input.start,
      end: input.end,
      mode: input.mode,
      place: input.place,
      capacity: input.capacity,
      seatsTaken: 0,
      state: 'open',
      cancelReason: '',
      createdAt: now,
      updatedAt: now,
    };
    await ctx.deps.storage.slots.create(slot);
    created.push(slot);
  }
  const users = await usersById(ctx.deps, [cadre.id]);
  return created.map((slot) => slotView(slot, users, 0));
}

export async function publishSlots(
  ctx: ActionContext,
  input: { communityId: string; date: string; slots: SlotInput[] },
) {
  const cadre = requireUser(ctx.caller);
  await assertPublishableDay(ctx, cadre, input.communityId, input.date);
  const inputs = input.slots.map((s, i) => checkedSlotInput(s, `slots.${i}`));
  return { slots: await createSlots(ctx, cadre, input.communityId, input.date, inputs, 'visit.publishSlots') };
}

/** One step: the same windows, modes, places and capacities as the cadre's last visit day there. */
export async function copyLastDay(ctx: ActionContext, input: { communityId: string; date: string }) {
  const cadre = requireUser(ctx.caller);
  await assertPublishableDay(ctx, cadre, input.communityId, input.date);
  const last = await ctx.deps.storage.slots.lastDayBefore(cadre.id, input.communityId, input.date);
  if (!last) throw new AppError('NOT_FOUND', '之前还没有发布过时段，请直接新建');
  const previous = (await ctx.deps.storage.slots.listByDay(input.communityId, last)).filter(
    (s) => s.cadreId === cadre.id && s.state === 'open',
  );
  if (previous.length === 0) throw new AppError('NOT_FOUND', '上一个接访日的时段都已取消，请直接新建');
  const inputs = previous.map(({ start, end, mode, place, capacity }) => ({ start, end, mode, place, capacity }));
  return {
    slots: await createSlots(ctx, cadre, input.communityId, input.date, inputs, 'visit.copyLastDay'),
    copiedFrom: last,
  };
}

export async function updateSlot(ctx: ActionContext, input: SlotInput & { slotId: string }) {
  const cadre = requireUser(ctx.caller);
  const slot = await ownSlot(ctx.deps, cadre, input.slotId);
  if (slot.state !== 'open') throw new AppError('INVALID_STATE', '这个时段已取消');
  const { slotId, ...fields } = input;
  const checked = checkedSlotInput(fields, 'slot');
  const others = (await ctx.deps.storage.slots.listByCadreDay(cadre.id, slot.date)).filter(
    (s) => s.id !== slotId && s.state === 'open',
  );
  assertNoOverlap([checked], others);
  // More seats: people waiting get them first, in order, and are told. The new seats go to them
  // as they are added, before the capacity is set, so a booking arriving meanwhile cannot take one
  // (the fill after the update covers seats a retried request freed). Whom to tell is read from
  // the promotions tagged with this request, so a retry also tells those its failed attempt promoted.
  const promotedBy = commandId(ctx, 'p', 'visit.updateSlot');
  const now = ctx.deps.clock.now();
  if (checked.capacity > slot.capacity) {
    await ctx.deps.storage.bookings.raiseCapacityForWaitlist(slotId, checked.capacity, now, promotedBy);
  }
  const changed = await ctx.deps.storage.slots.update(slotId, checked, now);
  if (!changed) throw new AppError('CONFLICT', `已有${slot.seatsTaken}人预约，名额不能少于${slot.seatsTaken}`);
  await ctx.deps.storage.bookings.fillFromWaitlist(slotId, now, promotedBy);
  for (const promoted of await ctx.deps.storage.bookings.listPromotedBy(slotId, promotedBy)) {
    if (promoted.state === 'booked') await notifyBooking(ctx.deps, promoted, 'waitlist_promoted');
  }
  const updated = (await ctx.deps.storage.slots.findById(slotId))!;
  return {
    slot: slotView(updated, await usersById(ctx.deps, [cadre.id]), (await slotWaitlist(ctx.deps, slotId)).length),
  };
}

/** Cancelling a slot cancels its bookings and waitlist, and tells each resident why. */
export async function cancelSlot(ctx: ActionContext, input: { slotId: string; reason: string }) {
  const cadre = requireUser(ctx.caller);
  const slot = await ownSlot(ctx.deps, cadre, input.slotId);
  const now = ctx.deps.clock.now();
  // A retry finds the slot cancelled by its earlier attempt: the notices keep that attempt's time
  // (it is in their dedupe key), so nobody is told twice.
  const cancelledAt = slot.state === 'cancelled' ? slot.updatedAt : now;
  await ctx.deps.storage.slots.cancel(slot.id, input.reason, now);
  let cancelledBookings = 0;
  for (const booking of await ctx.deps.storage.bookings.listBySlot(slot.id)) {
    if (booking.state !== 'booked' && booking.state !== 'waitlisted') continue;
    // Told first, then cancelled: a retry after a failure in between still finds the booking
    // active, so it tells (once) and cancels it; a cancelled booking is never left untold.
    await notifyBooking(ctx.deps, { ...booking, updatedAt: cancelledAt }, 'slot_cancelled', {
      slot,
      reason: input.reason,
      actorId: cadre.id,
    });
    const { cancelled } = await ctx.deps.storage.bookings.cancel(booking.id, `时段取消：${input.reason}`, now);
    if (cancelled) cancelledBookings += 1;
  }
  const updated = (await ctx.deps.storage.slots.findById(slot.id))!;
  return { slot: slotView(updated, await usersById(ctx.deps, [cadre.id]), 0), cancelledBookings };
}
