import { AppError } from '../errors';
import { bookingStateLabels, type BookingState } from './views';

export type BookingTransition = 'book' | 'promote' | 'cancel' | 'attend' | 'noShow' | 'unmark';

export interface BookingTransitionRule {
  /** `null`: the booking does not exist yet (only `book` starts from there). */
  from: readonly (BookingState | null)[];
  /** `book` has two outcomes, chosen by whether a seat is left; every other transition has one. */
  to: readonly BookingState[];
  label: string;
}

export const bookingTransitions: Record<BookingTransition, BookingTransitionRule> = {
  book: { from: [null], to: ['booked', 'waitlisted'], label: '预约' },
  promote: { from: ['waitlisted'], to: ['booked'], label: '候补转为预约' },
  cancel: { from: ['booked', 'waitlisted'], to: ['cancelled'], label: '取消预约' },
  // attend/noShow from each other and unmark: the cadre corrects a mistake on the day sheet.
  attend: { from: ['booked', 'no_show'], to: ['attended'], label: '标记已接访' },
  noShow: { from: ['booked', 'attended'], to: ['no_show'], label: '标记未到场' },
  unmark: { from: ['attended', 'no_show'], to: ['booked'], label: '撤销到场标记' },
};

export const bookingTransitionNames = Object.keys(bookingTransitions) as BookingTransition[];

/** The state of a booking that is not there yet, as named in messages. */
const noBookingLabel = '未预约';

/**
 * The only way a booking changes state. `book` needs to know whether the slot is full: a new
 * booking takes a seat while one is left, else joins the waitlist.
 */
export function nextBookingState(
  current: BookingState | null,
  transition: 'book',
  seats: { full: boolean },
): BookingState;
export function nextBookingState(
  current: BookingState | null,
  transition: Exclude<BookingTransition, 'book'>,
): BookingState;
export function nextBookingState(
  current: BookingState | null,
  transition: BookingTransition,
  seats?: { full: boolean },
): BookingState;
export function nextBookingState(
  current: BookingState | null,
  transition: BookingTransition,
  seats?: { full: boolean },
): BookingState {
  const rule = bookingTransitions[transition];
  if (!rule.from.includes(current)) {
    const state = current === null ? noBookingLabel : bookingStateLabels[current];
    throw new AppError('INVALID_STATE', `预约当前为「${state}」，不能${rule.label}`);
  }
  if (transition !== 'book') return rule.to[0];
  if (seats === undefined) throw new Error('book needs to know whether the slot is full');
  return seats.full ? 'waitlisted' : 'booked';
}

/** Counts toward "one active booking per resident per visit day". */
export function isActiveBooking(state: BookingState): boolean {
  return state === 'booked' || state === 'waitlisted';
}

/** Takes one of the slot's seats (attendance marks keep the seat; cancelling frees it). */
export function holdsSeat(state: BookingState): boolean {
  return state === 'booked' || state === 'attended' || state === 'no_show';
}

/**
 * Whether anyone can be waiting for the slot: a booking joins the waitlist only when no seat is
 * free, and a seat that frees goes to the oldest waiting booking, so a slot with a free seat has
 * nobody waiting (on CloudBase, but for the moment between a seat freeing and its hand-on). A
 * cancelled slot's bookings are cancelled with it. Lets a day's page read waitlists only where
 * there can be one.
 */
export function mayHaveWaitlist(slot: { state: 'open' | 'cancelled'; capacity: number; seatsTaken: number }): boolean {
  return slot.state === 'open' && slot.seatsTaken >= slot.capacity;
}

export interface WaitlistEntry {
  id: string;
  createdAt: number;
}

/** First come, first served; the id breaks a tie in the same millisecond, the same on every engine. */
export function waitlistOrder(a: WaitlistEntry, b: WaitlistEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * 1 for the next to be promoted. `waitlist` may hold any bookings of the slot; only waitlisted ones
 * count. Null when the booking is not waitlisted.
 */
export function waitlistPosition(
  booking: WaitlistEntry & { state: BookingState },
  waitlist: readonly (WaitlistEntry & { state: BookingState })[],
): number | null {
  if (booking.state !== 'waitlisted') return null;
  const ahead = waitlist.filter(
    (other) => other.state === 'waitlisted' && other.id !== booking.id && waitlistOrder(other, booking) < 0,
  );
  return ahead.length + 1;
}
