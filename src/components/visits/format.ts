import { AppError } from '@domain/errors';
import { formatShanghai } from '@domain/time';
import { assertCanCancel } from '@domain/visits/cutoffs';
import { bookingStateLabels, type BookingView, type SlotView } from '@domain/visits/views';

/** `12月25日`: a calendar date (YYYY-MM-DD) without the weekday. */
export function monthDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `09:00–11:00`. */
export function timeWindow(slot: Pick<SlotView, 'start' | 'end'>): string {
  return `${slot.start}–${slot.end}`;
}

/** `12月4日 18:00`: a deadline as residents read it (the same words the server uses). */
export function deadlineText(ms: number): string {
  return formatShanghai(ms, 'M月D日 HH:mm');
}

/** A booking's state in words; on the waitlist, the place in the queue. */
export function bookingStateText(booking: Pick<BookingView, 'state' | 'waitlistPosition'>): string {
  if (booking.state === 'waitlisted' && booking.waitlistPosition) return `候补第${booking.waitlistPosition}位`;
  return bookingStateLabels[booking.state];
}

/**
 * 红色代办: `由陈秀英代办 · 本人口头同意` for a booking staff made for the resident (who booked it
 * and how the resident agreed), or '' for the resident's own booking.
 */
export function onBehalfText(booking: Pick<BookingView, 'onBehalfLine' | 'onBehalfConsent'>): string {
  if (!booking.onBehalfLine) return '';
  return booking.onBehalfConsent ? `${booking.onBehalfLine} · ${booking.onBehalfConsent}` : booking.onBehalfLine;
}

/** Seats as a resident reads them: how many are left, or full with how many waiting. */
export function seatsText(slot: Pick<SlotView, 'seatsLeft' | 'waitlistCount'>): string {
  if (slot.seatsLeft > 0) return `剩余${slot.seatsLeft}个名额`;
  return slot.waitlistCount > 0 ? `已满 · ${slot.waitlistCount}人候补` : '已满 · 可排候补';
}

/** Where the visit happens: a home visit goes to the resident, the others to a named place. */
export function placeText(slot: Pick<SlotView, 'mode' | 'place'>): string {
  if (slot.mode === 'home') return slot.place ? `上门走访（${slot.place}）` : '民情书记上门走访';
  return slot.place;
}

/**
 * What residents read once cancelling has closed: the server's own words (the domain rule that
 * the `cancel` action applies), naming the community phone to call instead.
 */
export function cancelClosedMessage(date: string, cancelClosesAt: number, officePhone: string): string {
  try {
    assertCanCancel(date, formatShanghai(cancelClosesAt, 'HH:mm'), cancelClosesAt, officePhone);
  } catch (caught) {
    if (caught instanceof AppError) return caught.message;
  }
  return officePhone
    ? `已过取消截止时间，如需调整请致电社区：${officePhone}`
    : '已过取消截止时间，如需调整请联系社区居委会';
}
