import { sorted } from './contractHelpers';
import { aBooking } from '../../support/builders/visits';
import type { BookingRepository, SlotRepository } from '../../../cloudfunctions/lib/ports/visits';
import { visitSteps, type VisitsStorage } from './visitsFixtures';

/**
 * Bookings cancelled: the freed seat goes to the first on the waitlist, in order, once. Part of
 * the 民意5来听 storage contract (visitsContract.ts): called inside its describe, with the storage its
 * beforeEach opened.
 */
export function describeBookingWaitlistContract(current: () => VisitsStorage): void {
  const { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent } = visitSteps(current);
  let slots: SlotRepository;
  let bookings: BookingRepository;
  beforeEach(() => {
    ({ slots, bookings } = current());
  });

  describe('bookings: cancelling and the waitlist', () => {
    it('fills seats added by a larger capacity from the waitlist, in order', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });
      await bookAs('waitlisted', { id: 'w3', residentId: 'u4', createdAt: 1300 });
      expect(await slots.update('s1', { capacity: 3 }, 1500)).toBe(true);
      const promoted = await bookings.fillFromWaitlist('s1', 2000);
      expect(promoted.map((b) => [b.id, b.state])).toEqual([
        ['w1', 'booked'],
        ['w2', 'booked'],
      ]);
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 3 });
      expect((await reloadBooking('w3')).state).toBe('waitlisted');
      expect(await bookings.fillFromWaitlist('s1', 2100)).toEqual([]);
    });

    it('raises a capacity for the waitlist: each new seat goes to the oldest waiting, none is free meanwhile', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });
      // A newcomer booking while the capacity goes up to 3 joins the waitlist, whatever the order
      // of the steps: the two new seats belong to the two who waited.
      const [promoted, newcomer] = await Promise.all([
        bookings.raiseCapacityForWaitlist('s1', 3, 2000, 'p-raise'),
        bookings.book(aBooking({ id: 'n1', residentId: 'u9', createdAt: 1900 }), { waitlist: true }),
      ]);
      expect(promoted.map((b) => [b.id, b.state])).toEqual([
        ['w1', 'booked'],
        ['w2', 'booked'],
      ]);
      expect(newcomer.outcome).toBe('waitlisted');
      expect(await reloadSlot('s1')).toMatchObject({ capacity: 3, seatsTaken: 3 });
      expect((await bookings.listPromotedBy('s1', 'p-raise')).map((b) => b.id)).toEqual(['w1', 'w2']);
      // Beyond the waitlist the raise is slots.update's, and the fill after it: the newcomer's turn.
      expect(await slots.update('s1', { capacity: 4 }, 2100)).toBe(true);
      expect((await bookings.fillFromWaitlist('s1', 2200)).map((b) => b.id)).toEqual(['n1']);
      await expectSeatsConsistent('s1');
      // Nothing to raise for: a capacity at or above the target, or nobody waiting.
      expect(await bookings.raiseCapacityForWaitlist('s1', 4, 2300)).toEqual([]);
      expect(await bookings.raiseCapacityForWaitlist('missing', 9, 2300)).toEqual([]);
    });

    it('finds the bookings a tagged fill promoted, for a slot update retried after a failure', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });
      await bookAs('waitlisted', { id: 'w3', residentId: 'u4', createdAt: 1300 });
      expect(await slots.update('s1', { capacity: 3 }, 1500)).toBe(true);
      await bookings.fillFromWaitlist('s1', 2000, 'p-update');
      expect(await slots.update('s1', { capacity: 4 }, 2500)).toBe(true);
      await bookings.fillFromWaitlist('s1', 3000, 'p-other');
      const tagged = await bookings.listPromotedBy('s1', 'p-update');
      expect(tagged.map((b) => [b.id, b.state, b.updatedAt])).toEqual([
        ['w1', 'booked', 2000],
        ['w2', 'booked', 2000],
      ]);
      expect((await bookings.listPromotedBy('s1', 'p-other')).map((b) => b.id)).toEqual(['w3']);
      expect(await bookings.listPromotedBy('s1', 'p-never')).toEqual([]);
    });

    it('frees the seat of a cancelled booking when nobody waits', async () => {
      await createSlot({ id: 's1', capacity: 2 });
      const booked = await bookAs('booked', { id: 'b1', residentId: 'u1' });
      expect(await bookings.cancel('b1', '身体不适', 2000)).toEqual({ cancelled: true, promoted: null });
      expect(await reloadBooking('b1')).toEqual({
        ...booked,
        state: 'cancelled',
        cancelReason: '身体不适',
        updatedAt: 2000,
      });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 0 });
    });

    it('gives the freed seat to the oldest waitlisted booking in the same step', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      // Created in this order, but the waitlist goes by createdAt, then id.
      const third = await bookAs('waitlisted', { id: 'w-a', residentId: 'u4', createdAt: 1300 });
      const second = await bookAs('waitlisted', { id: 'w-z', residentId: 'u3', createdAt: 1200 });
      const first = await bookAs('waitlisted', { id: 'w-y', residentId: 'u2', createdAt: 1200 });

      const result = await bookings.cancel('b1', '临时有事', 2000);
      expect(result).toEqual({ cancelled: true, promoted: { ...first, state: 'booked', updatedAt: 2000 } });
      expect(await reloadBooking('w-y')).toEqual({ ...first, state: 'booked', updatedAt: 2000 });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });

      expect((await bookings.cancel('w-y', '', 2100)).promoted).toEqual({
        ...second,
        state: 'booked',
        updatedAt: 2100,
      });
      expect((await bookings.cancel('w-z', '', 2200)).promoted).toEqual({
        ...third,
        state: 'booked',
        updatedAt: 2200,
      });
      expect(await bookings.cancel('w-a', '', 2300)).toEqual({ cancelled: true, promoted: null });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 0 });
    });

    it('remembers which booking each cancel promoted, so a retried cancel can tell them', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });
      expect(await bookings.promotedInto('b1')).toBeNull();
      await bookings.cancel('b1', '临时有事', 2000);
      expect(await bookings.promotedInto('b1')).toMatchObject({ id: 'w1', state: 'booked', updatedAt: 2000 });
      // A waitlisted booking's cancel gives no seat; a booking without a successor promoted nobody.
      await bookings.cancel('w2', '', 2100);
      expect(await bookings.promotedInto('w2')).toBeNull();
      await bookings.cancel('w1', '', 2200);
      expect(await bookings.promotedInto('w1')).toBeNull();
      expect(await bookings.promotedInto('b-none')).toBeNull();
    });

    it('finishes a cancel retried after it completed: the booking it promoted, nothing moved again', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });
      expect(await bookings.finishCancel('b1', 1500)).toBeNull(); // not cancelled: nothing to finish
      await bookings.cancel('b1', '临时有事', 2000);

      expect(await bookings.finishCancel('b1', 2100)).toMatchObject({ id: 'w1', state: 'booked', updatedAt: 2000 });
      expect(await reloadBooking('w2')).toMatchObject({ state: 'waitlisted' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });
      await bookings.cancel('w2', '', 2200);
      expect(await bookings.finishCancel('w2', 2300)).toBeNull();
      expect(await bookings.finishCancel('b-none', 2300)).toBeNull();
      await expectSeatsConsistent('s1');
    });

    it('promotes nobody when a waitlisted booking is cancelled', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      const leaving = await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });

      expect(await bookings.cancel('w1', '不等了', 2000)).toEqual({ cancelled: true, promoted: null });
      expect(await reloadBooking('w1')).toEqual({
        ...leaving,
        state: 'cancelled',
        cancelReason: '不等了',
        updatedAt: 2000,
      });
      expect(await reloadBooking('w2')).toMatchObject({ state: 'waitlisted' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });
    });

    it('cancels only active bookings: twice, attended, no-show and unknown are false', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('booked', { id: 'b2', residentId: 'u2' });
      await bookAs('booked', { id: 'b3', residentId: 'u3' });
      await bookings.setAttendance('b2', 'attended', 1500);
      await bookings.setAttendance('b3', 'no_show', 1500);

      expect(await bookings.cancel('b1', '第一次', 2000)).toEqual({ cancelled: true, promoted: null });
      const once = await reloadBooking('b1');
      expect(await bookings.cancel('b1', '第二次', 3000)).toEqual({ cancelled: false, promoted: null });
      expect(await reloadBooking('b1')).toEqual(once);
      expect(await bookings.cancel('b2', '', 3000)).toEqual({ cancelled: false, promoted: null });
      expect(await bookings.cancel('b3', '', 3000)).toEqual({ cancelled: false, promoted: null });
      expect(await bookings.cancel('missing', '', 3000)).toEqual({ cancelled: false, promoted: null });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 2 });
    });

    it('lets only one of many concurrent cancels of the same booking act', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w2', residentId: 'u3', createdAt: 1200 });

      const results = await Promise.all(Array.from({ length: 5 }, () => bookings.cancel('b1', '', 2000)));
      expect(results.filter((r) => r.cancelled)).toHaveLength(1);
      expect(results.map((r) => r.promoted?.id ?? null).filter(Boolean)).toEqual(['w1']);
      expect(await reloadBooking('w2')).toMatchObject({ state: 'waitlisted' });
      await expectSeatsConsistent('s1');
    });

    it('promotes in waitlist order when seat holders cancel concurrently', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      for (const i of [1, 2, 3]) await bookAs('booked', { id: `b${i}`, residentId: `u${i}`, createdAt: 1000 + i });
      for (const i of [1, 2, 3]) {
        await bookAs('waitlisted', { id: `w${i}`, residentId: `v${i}`, createdAt: 1100 + i });
      }

      const results = await Promise.all([bookings.cancel('b1', '', 2000), bookings.cancel('b3', '', 2000)]);
      expect(results.every((r) => r.cancelled)).toBe(true);
      expect(sorted(results.map((r) => r.promoted?.id ?? ''))).toEqual(['w1', 'w2']);
      expect(await reloadBooking('w3')).toMatchObject({ state: 'waitlisted' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 3 });
      await expectSeatsConsistent('s1');
    });

    it('never over-seats while cancels, promotions and new bookings race', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      for (const i of [1, 2, 3]) await bookAs('booked', { id: `b${i}`, residentId: `u${i}`, createdAt: 1000 + i });
      for (const i of [1, 2, 3]) {
        await bookAs('waitlisted', { id: `w${i}`, residentId: `v${i}`, createdAt: 1100 + i });
      }

      const newcomers = Array.from({ length: 6 }, (_, i) =>
        bookings.book(aBooking({ id: `n${i}`, residentId: `n${i}`, createdAt: 3000 + i }), { waitlist: true }),
      );
      const cancels = [bookings.cancel('b1', '', 2000), bookings.cancel('b2', '', 2000)];
      const [cancelled, booked] = await Promise.all([Promise.all(cancels), Promise.all(newcomers)]);

      // A freed seat goes to the waitlist in the same step, so no newcomer ever sees a free seat.
      expect(sorted(cancelled.map((r) => r.promoted?.id ?? ''))).toEqual(['w1', 'w2']);
      expect(booked.every((r) => r.outcome === 'waitlisted')).toBe(true);
      await expectSeatsConsistent('s1');
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 3 });
    });

    it('frees seats without promoting anyone on a cancelled slot', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      expect(await slots.cancel('s1', '临时有防汛任务', 1900)).toBe(true);

      expect(await bookings.cancel('b1', '接访取消', 2000)).toEqual({ cancelled: true, promoted: null });
      expect(await bookings.cancel('w1', '接访取消', 2000)).toEqual({ cancelled: true, promoted: null });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 0, state: 'cancelled' });
    });
  });
}
