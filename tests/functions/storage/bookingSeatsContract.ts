import { aBooking } from '../../support/builders/visits';
import type { BookingRepository } from '../../../cloudfunctions/lib/ports/visits';
import { visitSteps, type VisitsStorage } from './visitsFixtures';

/**
 * Bookings taking seats: one per resident and day, never over capacity, the waitlist when full,
 * concurrent bookings. Part of the 民意5来听 storage contract (visitsContract.ts): called inside its
 * describe, with the storage its beforeEach opened.
 */
export function describeBookingSeatsContract(current: () => VisitsStorage): void {
  const { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent } = visitSteps(current);
  let bookings: BookingRepository;
  beforeEach(() => {
    ({ bookings } = current());
  });

  describe('bookings: taking seats', () => {
    it('books while seats are left, counting each seat, and stores the booking as given', async () => {
      await createSlot({ id: 's1', capacity: 2, updatedAt: 1000 });
      const home = aBooking({
        id: 'b1',
        residentId: 'u-zhang',
        topic: '楼道堆放杂物',
        address: '3号楼2单元501',
        phone: '13812345678',
        createdAt: 1500,
        updatedAt: 1500,
      });
      const result = await bookings.book(home, { waitlist: true });
      expect(result).toEqual({ outcome: 'booked', booking: { ...home, state: 'booked' } });
      expect(await bookings.findById('b1')).toEqual({ ...home, state: 'booked' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1, updatedAt: 1000 });

      await bookAs('booked', { id: 'b2', residentId: 'u-li' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 2, updatedAt: 1000 });
      expect(await bookings.findById('missing')).toBeNull();
    });

    it('round-trips a 红色代办 booking through book, findById and the lists, for a registered resident and one without an account', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      const onBehalf = { staffId: 'u-chen', staffName: '陈秀英', consent: '本人口头同意', residentName: '张阿姨' };
      const forZhang = aBooking({ id: 'b-for', residentId: 'u-zhang', onBehalf: { ...onBehalf, familyId: 'u-li' } });
      expect(await bookings.book(forZhang, { waitlist: true })).toEqual({ outcome: 'booked', booking: forZhang });
      expect(await bookings.findById('b-for')).toEqual(forZhang);
      const noAccount = aBooking({
        id: 'b-named',
        residentId: null,
        walkInName: '王桂芝',
        onBehalf: { ...onBehalf, residentName: '王桂芝', familyId: null },
        createdAt: 1100,
      });
      const waiting = { ...noAccount, state: 'waitlisted' as const };
      expect(await bookings.book(noAccount, { waitlist: true })).toEqual({ outcome: 'waitlisted', booking: waiting });
      expect(await bookings.findById('b-named')).toEqual(waiting);
      expect(await bookings.listBySlot('s1')).toEqual([forZhang, waiting]);
      const { promoted } = await bookings.cancel('b-for', '居民说不去了', 2000);
      expect(promoted).toMatchObject({ id: 'b-named', onBehalf: noAccount.onBehalf });
    });

    it('waitlists on a full slot without taking a seat', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      const late = aBooking({ id: 'b2', residentId: 'u2', createdAt: 1100 });
      expect(await bookings.book(late, { waitlist: true })).toEqual({
        outcome: 'waitlisted',
        booking: { ...late, state: 'waitlisted' },
      });
      expect(await reloadBooking('b2')).toEqual({ ...late, state: 'waitlisted' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });
    });

    it('answers slot_closed on a full slot when not joining the waitlist, and stores nothing', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      expect(await bookings.book(aBooking({ id: 'b2', residentId: 'u2' }), { waitlist: false })).toEqual({
        outcome: 'slot_closed',
      });
      expect(
        await bookings.book(aBooking({ id: 'w1', residentId: null, walkInName: '王大爷' }), { waitlist: false }),
      ).toEqual({ outcome: 'slot_closed' });
      expect(await bookings.findById('b2')).toBeNull();
      expect(await bookings.findById('w1')).toBeNull();
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });
    });

    it('books with waitlist false while seats are left', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      const result = await bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: false });
      expect(result.outcome).toBe('booked');
    });

    it('answers slot_closed for a cancelled or missing slot, before anything else', async () => {
      await createSlot({ id: 's1', state: 'cancelled', cancelReason: '改期' });
      await createSlot({ id: 's2' });
      await bookAs('booked', { id: 'b-held', slotId: 's2', residentId: 'u1' });

      expect(await bookings.book(aBooking({ id: 'b1', slotId: 's1', residentId: 'u2' }), { waitlist: true })).toEqual({
        outcome: 'slot_closed',
      });
      expect(await bookings.book(aBooking({ id: 'b2', slotId: 's1', residentId: 'u1' }), { waitlist: true })).toEqual({
        outcome: 'slot_closed',
      });
      expect(
        await bookings.book(aBooking({ id: 'b3', slotId: 'missing', residentId: 'u3' }), { waitlist: true }),
      ).toEqual({ outcome: 'slot_closed' });
      for (const id of ['b1', 'b2', 'b3']) expect(await bookings.findById(id)).toBeNull();
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 0 });
    });

    it('refuses a second active booking of a resident on the same date, in any slot or community', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await createSlot({ id: 's2', capacity: 5, start: '14:00' });
      await createSlot({ id: 's3', communityId: 'c2', cadreId: 'cadre-2' });
      await createSlot({ id: 's-next', date: '2025-06-15' });
      const first = await bookAs('booked', { id: 'b1', slotId: 's1', residentId: 'u1' });

      for (const { id, slotId, communityId } of [
        { id: 'b2', slotId: 's1', communityId: 'c1' },
        { id: 'b3', slotId: 's2', communityId: 'c1' },
        { id: 'b4', slotId: 's3', communityId: 'c2' },
      ]) {
        expect(
          await bookings.book(aBooking({ id, slotId, communityId, residentId: 'u1' }), { waitlist: true }),
        ).toEqual({ outcome: 'already_booked', existing: first });
        expect(await bookings.findById(id)).toBeNull();
      }
      expect(await reloadSlot('s2')).toMatchObject({ seatsTaken: 0 });
      // Another visit day is another day.
      await bookAs('booked', { id: 'b5', slotId: 's-next', residentId: 'u1', date: '2025-06-15' });
    });

    it('counts a waitlisted booking as active, and checks it before the slot being full', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await createSlot({ id: 's2', capacity: 1, start: '14:00' });
      await bookAs('booked', { id: 'b0', slotId: 's1', residentId: 'u0' });
      await bookAs('booked', { id: 'b1', slotId: 's2', residentId: 'u1' });
      const waiting = await bookAs('waitlisted', { id: 'b2', slotId: 's1', residentId: 'u2' });

      for (const waitlist of [true, false]) {
        expect(await bookings.book(aBooking({ id: 'b3', slotId: 's2', residentId: 'u2' }), { waitlist })).toEqual({
          outcome: 'already_booked',
          existing: waiting,
        });
      }
    });

    it('lets a resident book again that day once the booking is cancelled, attended or a no-show', async () => {
      await createSlot({ id: 's1', capacity: 5 });
      await createSlot({ id: 's2', capacity: 5, start: '14:00' });
      await createSlot({ id: 's3', capacity: 5, start: '15:00' });
      await bookAs('booked', { id: 'b1', slotId: 's1', residentId: 'u1' });
      expect((await bookings.cancel('b1', '临时有事', 2000)).cancelled).toBe(true);
      await bookAs('booked', { id: 'b2', slotId: 's1', residentId: 'u1', createdAt: 2100 });
      expect(await bookings.setAttendance('b2', 'attended', 2200)).toBe(true);
      await bookAs('booked', { id: 'b3', slotId: 's2', residentId: 'u1', createdAt: 2300 });
      expect(await bookings.setAttendance('b3', 'no_show', 2400)).toBe(true);
      await bookAs('booked', { id: 'b4', slotId: 's3', residentId: 'u1', createdAt: 2500 });
    });

    it('never counts walk-ins as already booked', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      for (const id of ['w1', 'w2', 'w3']) {
        const result = await bookings.book(aBooking({ id, residentId: null, walkInName: `老人${id}` }), {
          waitlist: false,
        });
        expect(result.outcome).toBe('booked');
      }
      expect(await reloadBooking('w2')).toMatchObject({ residentId: null, walkInName: '老人w2', state: 'booked' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 3 });
    });

    it('seats exactly the capacity among many concurrent residents and waitlists the rest', async () => {
      await createSlot({ id: 's1', capacity: 5 });
      const attempts = Array.from({ length: 30 }, (_, i) =>
        aBooking({ id: `b${pad(i)}`, residentId: `u${pad(i)}`, createdAt: 1000 + i }),
      );
      const results = await Promise.all(attempts.map((b) => bookings.book(b, { waitlist: true })));

      expect(results.filter((r) => r.outcome === 'booked')).toHaveLength(5);
      expect(results.filter((r) => r.outcome === 'waitlisted')).toHaveLength(25);
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 5, capacity: 5 });
      const listed = await bookings.listBySlot('s1');
      expect(listed.filter((b) => b.state === 'booked')).toHaveLength(5);
      expect(listed.filter((b) => b.state === 'waitlisted')).toHaveLength(25);
      await expectSeatsConsistent('s1');
    });

    it('seats exactly the capacity among concurrent attempts that will not wait, storing no others', async () => {
      await createSlot({ id: 's1', capacity: 5 });
      const attempts = Array.from({ length: 30 }, (_, i) => aBooking({ id: `b${pad(i)}`, residentId: `u${pad(i)}` }));
      const results = await Promise.all(attempts.map((b) => bookings.book(b, { waitlist: false })));

      expect(results.filter((r) => r.outcome === 'booked')).toHaveLength(5);
      expect(results.filter((r) => r.outcome === 'slot_closed')).toHaveLength(25);
      expect(await bookings.listBySlot('s1')).toHaveLength(5);
      await expectSeatsConsistent('s1');
    });

    it('gives one resident booking many slots of one day at once exactly one active booking', async () => {
      const slotIds = Array.from({ length: 10 }, (_, i) => `s${i}`);
      const communityOf = (i: number) => (i % 2 ? 'c1' : 'c2');
      for (const [i, id] of slotIds.entries()) {
        await createSlot({ id, start: `${pad(8 + i)}:00`, communityId: communityOf(i), capacity: 2 });
      }
      const results = await Promise.all(
        slotIds.map((slotId, i) =>
          bookings.book(
            aBooking({ id: `b${i}`, slotId, communityId: communityOf(i), residentId: 'u1', createdAt: 1000 + i }),
            { waitlist: true },
          ),
        ),
      );

      const won = results.filter((r) => r.outcome === 'booked');
      expect(won).toHaveLength(1);
      const winner = won[0].outcome === 'booked' ? won[0].booking : null;
      const refused = results.filter((r) => r.outcome === 'already_booked');
      expect(refused).toHaveLength(9);
      for (const r of refused) expect(r).toEqual({ outcome: 'already_booked', existing: winner });
      const seats = await Promise.all(slotIds.map(async (id) => (await reloadSlot(id)).seatsTaken));
      expect(seats.reduce((a, b) => a + b, 0)).toBe(1);
      const mine = await bookings.listByResident('u1', 'upcoming', '2025-06-01', null, 20);
      expect(mine.items).toEqual([winner]);
    });

    it('keeps one booking per resident when many residents each try several slots at once', async () => {
      for (const id of ['s1', 's2', 's3']) await createSlot({ id, capacity: 4 });
      const residents = Array.from({ length: 8 }, (_, i) => `u${i}`);
      const attempts = residents.flatMap((residentId, r) =>
        ['s1', 's2', 's3'].map((slotId, s) =>
          aBooking({ id: `b-${residentId}-${slotId}`, slotId, residentId, createdAt: 1000 + r * 3 + s }),
        ),
      );
      const results = await Promise.all(attempts.map((b) => bookings.book(b, { waitlist: true })));

      const active = results.filter((r) => r.outcome === 'booked' || r.outcome === 'waitlisted');
      expect(active).toHaveLength(residents.length);
      for (const residentId of residents) {
        const theirs = await bookings.listByResident(residentId, 'upcoming', '2025-06-01', null, 20);
        expect(theirs.items).toHaveLength(1);
      }
      for (const id of ['s1', 's2', 's3']) await expectSeatsConsistent(id);
    });
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
