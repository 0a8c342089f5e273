import { AppError } from '@domain/errors';
import { assertCanBook, assertCanCancel } from '@domain/visits/cutoffs';
import { isBookableDay, type VisitDayMove } from '@domain/visits/days';
import { HOME_ADDRESS_REQUIRED, homeAddressMissing } from '@domain/visits/bookingInput';
import type { ActionContext } from '../../service';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { communitySettings, type CommunitySettings } from './context';
import { notifyBooking } from './bookingNotices';

/**
 * The steps every booking takes, whether the resident books or staff book for them (红色代办):
 * the same checks, the same seat (or waitlist place) taken atomically by the storage's book,
 * the same cancel that passes the seat on.
 */

/** A slot open in `communityId`, on a bookable day, before the cut-off. */
export function assertBookable(
  ctx: ActionContext,
  slot: SlotRecord | null | undefined,
  communityId: string,
  rules: { settings: CommunitySettings; moves: VisitDayMove[] },
): asserts slot is SlotRecord {
  if (!slot || slot.communityId !== communityId) throw new AppError('NOT_FOUND', '时段不存在');
  if (slot.state !== 'open') throw new AppError('INVALID_STATE', '这个时段已取消');
  if (!isBookableDay(slot.date, rules.moves)) throw new AppError('INVALID_STATE', '这一天不是接访日');
  assertCanBook(slot.date, rules.settings.bookingClosesAt, ctx.deps.clock.now(), rules.settings.officePhone);
}

/** A home visit goes to the resident: it needs an address. */
export function assertHomeAddress(slot: SlotRecord, address: string): void {
  if (homeAddressMissing(slot.mode, address)) {
    throw new AppError('BAD_INPUT', HOME_ADDRESS_REQUIRED, [{ path: 'address', message: HOME_ADDRESS_REQUIRED }]);
  }
}

/**
 * Takes a seat, or a waitlist place when the slot is full. `whose` names the resident in the
 * refusal of a second booking on the same day (`您`, or the name staff book for).
 */
export async function takeSeatOrWait(ctx: ActionContext, booking: BookingRecord, slot: SlotRecord, whose = '您') {
  const outcome = await ctx.deps.storage.bookings.book(booking, { waitlist: true, openSlot: slot });
  if (outcome.outcome === 'already_booked') {
    throw new AppError(
      'CONFLICT',
      `${whose}在${slot.date.slice(5).replace('-', '月')}日已有预约，每个接访日只能预约一次`,
    );
  }
  if (outcome.outcome === 'slot_closed') throw new AppError('INVALID_STATE', '这个时段已取消');
  return outcome;
}

/**
 * An active booking the caller may cancel (`mayCancel`), before the cancel cut-off (after it: whom
 * to call). `done` when it is already cancelled with `ownReason`: an earlier attempt of this very
 * command cancelled it and failed afterwards, so the retry only finishes the work.
 */
export async function cancellableBooking(
  ctx: ActionContext,
  bookingId: string,
  ownReason: string,
  mayCancel: (booking: BookingRecord) => boolean,
) {
  const booking = await ctx.deps.storage.bookings.findById(bookingId);
  if (!booking || !mayCancel(booking)) throw new AppError('NOT_FOUND', '预约不存在');
  const settings = await communitySettings(ctx.deps, booking.communityId);
  if (booking.state === 'cancelled' && booking.cancelReason === ownReason) return { booking, settings, done: true };
  if (booking.state !== 'booked' && booking.state !== 'waitlisted')
    throw new AppError('INVALID_STATE', '这个预约已不能取消');
  assertCanCancel(booking.date, settings.cancelClosesAt, ctx.deps.clock.now(), settings.officePhone);
  return { booking, settings, done: false };
}

/**
 * Cancels the booking and tells whoever took its seat from the waitlist. When an earlier attempt
 * already cancelled it (`done`), the promoted booking is looked up instead, so a retry tells them
 * (once: the notification is deduplicated) without promoting anyone again.
 */
export async function releaseBooking(ctx: ActionContext, bookingId: string, reason: string, done: boolean) {
  const { bookings } = ctx.deps.storage;
  const promoted = done
    ? await bookings.finishCancel(bookingId, ctx.deps.clock.now())
    : (await bookings.cancel(bookingId, reason, ctx.deps.clock.now())).promoted;
  if (promoted) await notifyBooking(ctx.deps, promoted, 'waitlist_promoted');
}
