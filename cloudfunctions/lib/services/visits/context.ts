import { AppError } from '@domain/errors';
import { DEFAULT_BOOKING_CLOSES_AT, DEFAULT_CANCEL_CLOSES_AT } from '@domain/visits/cutoffs';
import { effectiveVisitDays, type VisitDayMove } from '@domain/visits/days';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { Community } from '@domain/places';
import type { BookingRecord, SlotRecord, VisitDayMoveRecord } from '../../ports/visits';
import { waitlistOf } from './waitlist';

export interface CommunitySettings {
  communityId: string;
  officePhone: string;
  bookingClosesAt: string;
  cancelClosesAt: string;
}

/** A community's booking rules: the day-before cut-offs and the office phone to call after them. */
export async function communitySettings(deps: Deps, communityId: string): Promise<CommunitySettings> {
  return settingsOf(communityId, await deps.storage.places.community(communityId));
}

/**
 * What every booking checks about its community, in one read: its settings and its visit days'
 * moves over the next months.
 */
export async function visitRules(deps: Deps, communityId: string) {
  const { from, to } = moveWindow(deps);
  const { community, moves } = await deps.storage.visitDayMoves.withCommunity(communityId, from, to);
  return { settings: settingsOf(communityId, community), moves: moves.map(asDayMove) };
}

function settingsOf(communityId: string, community: Community | null): CommunitySettings {
  if (!community) throw new AppError('NOT_FOUND', '社区不存在');
  return {
    communityId,
    officePhone: community.officePhone,
    bookingClosesAt: community.bookingClosesAt ?? DEFAULT_BOOKING_CLOSES_AT,
    cancelClosesAt: community.cancelClosesAt ?? DEFAULT_CANCEL_CLOSES_AT,
  };
}

/** The visit days of a community over the next months, with the committee's moves applied. */
export async function visitDaysOf(deps: Deps, communityId: string, count: number) {
  const moves = await movesOf(deps, communityId);
  return effectiveVisitDays(deps.clock.now(), count, moves);
}

export async function movesOf(deps: Deps, communityId: string): Promise<VisitDayMove[]> {
  const { from, to } = moveWindow(deps);
  return (await deps.storage.visitDayMoves.listForCommunity(communityId, from, to)).map(asDayMove);
}

/** The dates whose moves matter from today: the next 200 days, and a little before today. */
function moveWindow(deps: Deps): { from: string; to: string } {
  // A move can land up to 10 days before its original date: look back a little.
  return {
    from: shanghaiDateOf(deps.clock.now() - 15 * 86_400_000),
    to: shanghaiDateOf(deps.clock.now() + 200 * 86_400_000),
  };
}

function asDayMove(move: VisitDayMoveRecord): VisitDayMove {
  return { originalDate: move.originalDate, movedTo: move.movedTo, reason: move.reason };
}

/** Loads a slot; a cadre may only act on their own slots. */
export async function ownSlot(deps: Deps, cadre: UserRecord, slotId: string): Promise<SlotRecord> {
  const slot = await deps.storage.slots.findById(slotId);
  if (!slot) throw new AppError('NOT_FOUND', '时段不存在');
  if (slot.cadreId !== cadre.id) throw new AppError('FORBIDDEN', '只能处理自己发布的时段');
  return slot;
}

/** Loads a booking on one of the cadre's own slots. */
export async function bookingOnOwnSlot(deps: Deps, cadre: UserRecord, bookingId: string) {
  const booking = await deps.storage.bookings.findById(bookingId);
  if (!booking) throw new AppError('NOT_FOUND', '预约不存在');
  const slot = await ownSlot(deps, cadre, booking.slotId);
  return { booking, slot };
}

/** The slot's waitlist in order, for positions and counts. */
export async function slotWaitlist(deps: Deps, slotId: string): Promise<BookingRecord[]> {
  return waitlistOf(await deps.storage.bookings.listBySlot(slotId));
}
