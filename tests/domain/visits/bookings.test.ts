import { bookingStateLabels, bookingStates, type BookingState } from '@domain/visits/views';
import {
  bookingTransitionNames,
  bookingTransitions,
  holdsSeat,
  isActiveBooking,
  mayHaveWaitlist,
  nextBookingState,
  waitlistOrder,
  waitlistPosition,
  type BookingTransition,
} from '@domain/visits/bookings';
import { caught } from './support';

// Written out by hand from the brief, independently of bookingTransitions, so a slip in the table
// shows up here. `null` is a booking that does not exist yet. A pair missing from a row is illegal.
type From = BookingState | 'none';
const legal: Record<Exclude<BookingTransition, 'book'>, Partial<Record<From, BookingState>>> = {
  promote: { waitlisted: 'booked' },
  cancel: { booked: 'cancelled', waitlisted: 'cancelled' },
  attend: { booked: 'attended', no_show: 'attended' },
  noShow: { booked: 'no_show', attended: 'no_show' },
  unmark: { attended: 'booked', no_show: 'booked' },
};

const fromStates: From[] = ['none', ...bookingStates];
const asCurrent = (from: From): BookingState | null => (from === 'none' ? null : from);

describe('booking transitions', () => {
  it('has exactly the six transitions of the brief', () => {
    expect([...bookingTransitionNames].sort()).toEqual(['attend', 'book', 'cancel', 'noShow', 'promote', 'unmark']);
  });

  it('labels every transition in Chinese', () => {
    for (const t of bookingTransitionNames) expect(bookingTransitions[t].label).toMatch(/[\u4e00-\u9fa5]/);
  });

  const pairs = (Object.keys(legal) as (keyof typeof legal)[]).flatMap((t) => fromStates.map((s) => [t, s] as const));

  it.each(pairs)('%s from %s: legal ones move to the expected state, the rest are refused', (t, from) => {
    const expected = legal[t][from];
    if (expected !== undefined) {
      expect(nextBookingState(asCurrent(from), t)).toBe(expected);
      return;
    }
    const error = caught(() => nextBookingState(asCurrent(from), t));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toContain(from === 'none' ? '未预约' : bookingStateLabels[from]);
    expect(error.message).toContain(bookingTransitions[t].label);
  });

  it('books a new booking while seats are left, waitlists it when the slot is full', () => {
    expect(nextBookingState(null, 'book', { full: false })).toBe('booked');
    expect(nextBookingState(null, 'book', { full: true })).toBe('waitlisted');
  });

  it.each(bookingStates)('refuses to book again a booking that is already %s', (state) => {
    const error = caught(() => nextBookingState(state, 'book', { full: false }));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toBe(`预约当前为「${bookingStateLabels[state]}」，不能预约`);
  });

  it('names state and action in plain Chinese', () => {
    expect(caught(() => nextBookingState('cancelled', 'attend')).message).toBe('预约当前为「已取消」，不能标记已接访');
    expect(caught(() => nextBookingState('attended', 'cancel')).message).toBe('预约当前为「已接访」，不能取消预约');
    expect(caught(() => nextBookingState('booked', 'promote')).message).toBe('预约当前为「已预约」，不能候补转为预约');
  });

  it('cannot decide a new booking without knowing whether the slot is full', () => {
    expect(() => nextBookingState(null, 'book' as BookingTransition)).toThrow('full');
  });

  it('agrees with its own table', () => {
    for (const t of bookingTransitionNames) {
      for (const from of fromStates) {
        const current = asCurrent(from);
        const allowed = bookingTransitions[t].from.includes(current);
        const run = () => nextBookingState(current, t, { full: false });
        if (allowed) expect(bookingTransitions[t].to).toContain(run());
        else expect(run).toThrow();
      }
    }
  });
});

describe('active bookings and seats', () => {
  const active: Record<BookingState, boolean> = {
    booked: true,
    waitlisted: true,
    attended: false,
    no_show: false,
    cancelled: false,
  };
  const seat: Record<BookingState, boolean> = {
    booked: true,
    waitlisted: false,
    attended: true,
    no_show: true,
    cancelled: false,
  };

  it.each(bookingStates)('%s: active and seat-holding as the brief says', (state) => {
    expect(isActiveBooking(state)).toBe(active[state]);
    expect(holdsSeat(state)).toBe(seat[state]);
  });

  it('keeps the seat through every attendance mark, frees it only by cancelling', () => {
    for (const t of ['attend', 'noShow', 'unmark'] as const) {
      for (const from of bookingTransitions[t].from) {
        if (from !== null) expect(holdsSeat(nextBookingState(from, t))).toBe(true);
      }
    }
    expect(holdsSeat(nextBookingState('booked', 'cancel'))).toBe(false);
    expect(holdsSeat(nextBookingState('waitlisted', 'promote'))).toBe(true);
  });
});

describe('the waitlist', () => {
  const entry = (id: string, createdAt: number, state: BookingState = 'waitlisted') => ({ id, createdAt, state });

  it('orders first come first served, by id within the same millisecond', () => {
    const list = [entry('b9', 300), entry('a2', 200), entry('c1', 100), entry('a1', 200), entry('b1', 300)];
    expect([...list].sort(waitlistOrder).map((e) => e.id)).toEqual(['c1', 'a1', 'a2', 'b1', 'b9']);
  });

  it('compares ids by code unit, not by locale', () => {
    expect(waitlistOrder(entry('B', 1), entry('a', 1))).toBeLessThan(0);
    expect(waitlistOrder(entry('a', 1), entry('a', 1))).toBe(0);
    expect(waitlistOrder(entry('a', 2), entry('z', 1))).toBeGreaterThan(0);
  });

  it('gives a 1-based position counting only waitlisted bookings ahead', () => {
    const slotBookings = [
      entry('w3', 500),
      entry('booked', 50, 'booked'),
      entry('w1', 100),
      entry('gone', 150, 'cancelled'),
      entry('w2', 200),
    ];
    expect(waitlistPosition(slotBookings[2], slotBookings)).toBe(1);
    expect(waitlistPosition(slotBookings[4], slotBookings)).toBe(2);
    expect(waitlistPosition(slotBookings[0], slotBookings)).toBe(3);
  });

  it('has no position for a booking that is not waitlisted', () => {
    const list = [entry('w1', 100), entry('b', 50, 'booked')];
    expect(waitlistPosition(list[1], list)).toBeNull();
    expect(waitlistPosition(entry('c', 10, 'cancelled'), list)).toBeNull();
  });

  it('places a booking not (yet) in the list where it would go', () => {
    const list = [entry('w1', 100), entry('w2', 200)];
    expect(waitlistPosition(entry('new', 150), list)).toBe(2);
    expect(waitlistPosition(entry('new', 250), list)).toBe(3);
    expect(waitlistPosition(entry('new', 250), [])).toBe(1);
  });

  it('moves everyone up one when the first is promoted', () => {
    const list = [entry('w1', 100), entry('w2', 200), entry('w3', 300)];
    const promoted = list.map((e) => (e.id === 'w1' ? { ...e, state: nextBookingState(e.state, 'promote') } : e));
    expect(promoted.map((e) => waitlistPosition(e, promoted))).toEqual([null, 1, 2]);
  });
});

describe('which slots can have a waitlist', () => {
  it('is only a full open slot: a free seat would have gone to whoever waited', () => {
    expect(mayHaveWaitlist({ state: 'open', capacity: 3, seatsTaken: 3 })).toBe(true);
    expect(mayHaveWaitlist({ state: 'open', capacity: 2, seatsTaken: 3 })).toBe(true);
    expect(mayHaveWaitlist({ state: 'open', capacity: 3, seatsTaken: 2 })).toBe(false);
    expect(mayHaveWaitlist({ state: 'cancelled', capacity: 3, seatsTaken: 3 })).toBe(false);
  });
});
