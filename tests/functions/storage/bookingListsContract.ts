import type { CursorPosition } from '@domain/pagination';
import { collectIds, sorted } from './contractHelpers';
import { aBooking } from '../../support/builders/visits';
import type { BookingRecord, BookingRepository, SlotRepository } from '../../../cloudfunctions/lib/ports/visits';
import { visitSteps, type VisitsStorage } from './visitsFixtures';

/**
 * Bookings after they are made: attendance, the lists of a slot, a resident and a day, walk-ins
 * and the daily count. Part of the 民意5来听 storage contract (visitsContract.ts): called inside its
 * describe, with the storage its beforeEach opened.
 */
export function describeBookingListsContract(current: () => VisitsStorage): void {
  const { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent } = visitSteps(current);
  let slots: SlotRepository;
  let bookings: BookingRepository;
  beforeEach(() => {
    ({ slots, bookings } = current());
  });

  describe('bookings: attendance and lists', () => {
    it('moves seat holders between booked, attended and no_show, keeping the seat', async () => {
      await createSlot({ id: 's1', capacity: 2 });
      const booked = await bookAs('booked', { id: 'b1', residentId: 'u1' });
      expect(await bookings.setAttendance('b1', 'attended', 2000)).toBe(true);
      expect(await reloadBooking('b1')).toEqual({ ...booked, state: 'attended', updatedAt: 2000 });
      expect(await bookings.setAttendance('b1', 'no_show', 2100)).toBe(true);
      expect(await bookings.setAttendance('b1', 'booked', 2200)).toBe(true);
      expect(await reloadBooking('b1')).toEqual({ ...booked, state: 'booked', updatedAt: 2200 });
      expect(await bookings.setAttendance('b1', 'booked', 2300)).toBe(true);
      expect(await reloadBooking('b1')).toMatchObject({ state: 'booked' });
      expect(await reloadSlot('s1')).toMatchObject({ seatsTaken: 1 });
    });

    it('refuses attendance for waitlisted, cancelled and unknown bookings', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      const waiting = await bookAs('waitlisted', { id: 'w1', residentId: 'u2', createdAt: 1100 });
      await createSlot({ id: 's2', capacity: 1, start: '14:00' });
      await bookAs('booked', { id: 'b3', slotId: 's2', residentId: 'u3' });
      await bookings.cancel('b3', '', 1500);
      const cancelled = await reloadBooking('b3');

      for (const state of ['attended', 'no_show', 'booked'] as const) {
        expect(await bookings.setAttendance('w1', state, 2000)).toBe(false);
        expect(await bookings.setAttendance('b3', state, 2000)).toBe(false);
        expect(await bookings.setAttendance('missing', state, 2000)).toBe(false);
      }
      expect(await reloadBooking('w1')).toEqual(waiting);
      expect(await reloadBooking('b3')).toEqual(cancelled);
    });

    it("lists a slot's seat holders by time, then its waitlist in order, leaving out cancellations", async () => {
      await createSlot({ id: 's1', capacity: 4 });
      await createSlot({ id: 's2', capacity: 3, start: '14:00' });
      await bookAs('booked', { id: 'b-z', residentId: 'u1', createdAt: 1000 });
      await bookAs('booked', { id: 'b-a', residentId: 'u2', createdAt: 1000 });
      await bookAs('booked', { id: 'b-gone', residentId: 'u3', createdAt: 1001 });
      await bookAs('booked', { id: 'b-late', residentId: 'u4', createdAt: 1050 });
      await bookAs('waitlisted', { id: 'w-2', residentId: 'u5', createdAt: 1200 });
      await bookAs('waitlisted', { id: 'w-1', residentId: 'u6', createdAt: 1100 });
      await bookAs('booked', { id: 'x-other-slot', slotId: 's2', residentId: 'u7' });
      await bookings.setAttendance('b-a', 'attended', 1500);
      await bookings.setAttendance('b-z', 'no_show', 1500);
      // b-gone's seat goes to w-1; w-1 keeps its createdAt and sorts among the seat holders.
      await bookings.cancel('b-gone', '', 1600);

      const listed = await bookings.listBySlot('s1');
      expect(listed.map((b) => [b.id, b.state])).toEqual([
        ['b-a', 'attended'],
        ['b-z', 'no_show'],
        ['b-late', 'booked'],
        ['w-1', 'booked'],
        ['w-2', 'waitlisted'],
      ]);
      expect(await bookings.listBySlot('missing')).toEqual([]);
    });

    it('lists the waitlists of several slots in one read, oldest first within each slot', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await createSlot({ id: 's2', capacity: 1, start: '14:00' });
      await createSlot({ id: 's3', capacity: 1, start: '15:00' });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w1-late', residentId: 'u2', createdAt: 1300 });
      await bookAs('waitlisted', { id: 'w1-early', residentId: 'u3', createdAt: 1100 });
      await bookAs('waitlisted', { id: 'w1-gone', residentId: 'u4', createdAt: 1200 });
      await bookings.cancel('w1-gone', '', 1400);
      await bookAs('booked', { id: 'b2', slotId: 's2', residentId: 'u5', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'w2', slotId: 's2', residentId: 'u6', createdAt: 1050 });
      await bookAs('booked', { id: 'b3', slotId: 's3', residentId: 'u7', createdAt: 1000 });
      await bookAs('waitlisted', { id: 'x-not-asked', slotId: 's3', residentId: 'u8', createdAt: 1000 });

      const waiting = await bookings.listWaitlisted(['s1', 's2', 'missing']);
      const ofSlot = (slotId: string) => waiting.filter((b) => b.slotId === slotId).map((b) => b.id);
      expect(ofSlot('s1')).toEqual(['w1-early', 'w1-late']);
      expect(ofSlot('s2')).toEqual(['w2']);
      expect(waiting.map((b) => b.id).sort()).toEqual(['w1-early', 'w1-late', 'w2']);
      expect(waiting.every((b) => b.state === 'waitlisted')).toBe(true);
      expect(await bookings.listWaitlisted([])).toEqual([]);
    });

    it("pages a resident's upcoming visits soonest first and past visits latest first, every state", async () => {
      const days = ['2025-05-05', '2025-05-15', '2025-05-25', '2025-06-05', '2025-06-15', '2025-06-25'];
      for (const [i, date] of days.entries()) await createSlot({ id: `s${i}`, date, capacity: 5 });
      for (const [i, date] of days.entries()) {
        await bookAs('booked', { id: `b${i}`, slotId: `s${i}`, date, residentId: 'u1', createdAt: 1000 + i });
      }
      // A cancelled booking and a rebooking on the same day: ties go by id.
      await bookings.cancel('b3', '改时间', 2000);
      await bookAs('booked', { id: 'b3-again', slotId: 's3', date: '2025-06-05', residentId: 'u1', createdAt: 2100 });
      await bookings.setAttendance('b1', 'attended', 2000);
      await bookAs('booked', { id: 'x-neighbour', slotId: 's4', date: '2025-06-15', residentId: 'u2' });

      const today = '2025-06-05';
      const upcoming = (after: CursorPosition | null) => bookings.listByResident('u1', 'upcoming', today, after, 2);
      const past = (after: CursorPosition | null) => bookings.listByResident('u1', 'past', today, after, 2);
      expect(await collectIds(upcoming, 2)).toEqual(['b3', 'b3-again', 'b4', 'b5']);
      expect(await collectIds(past, 2)).toEqual(['b2', 'b1', 'b0']);

      const first = await upcoming(null);
      expect(first.next).toEqual({ at: 20250605, id: 'b3-again' });
      expect(first.items[0]).toMatchObject({ state: 'cancelled', cancelReason: '改时间' });
      expect((await past(null)).next).toEqual({ at: 20250515, id: 'b1' });
      expect((await bookings.listByResident('u1', 'past', today, null, 3)).next).toBeNull();
      expect(await bookings.listByResident('nobody', 'upcoming', today, null, 5)).toEqual({ items: [], next: null });
    });

    it('lists the booked bookings of a day across communities for the reminder', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await createSlot({ id: 's2', communityId: 'c2', cadreId: 'cadre-2', capacity: 3 });
      await createSlot({ id: 's-next', date: '2025-06-15' });
      await bookAs('booked', { id: 'b1', slotId: 's1', residentId: 'u1' });
      await bookAs('waitlisted', { id: 'w1', slotId: 's1', residentId: 'u2' });
      await bookAs('booked', { id: 'b2', slotId: 's2', communityId: 'c2', residentId: 'u3' });
      await bookAs('booked', { id: 'b3', slotId: 's2', communityId: 'c2', residentId: 'u4' });
      await bookAs('booked', { id: 'b4', slotId: 's2', communityId: 'c2', residentId: null, walkInName: '李奶奶' });
      await bookings.cancel('b3', '', 2000);
      await bookAs('booked', { id: 'x-next', slotId: 's-next', date: '2025-06-15', residentId: 'u1' });

      const reminded = await bookings.listBookedOnDay('2025-06-05');
      expect(sorted(reminded.map((b) => b.id))).toEqual(['b1', 'b2', 'b4']);
      expect(reminded.every((b) => b.state === 'booked')).toBe(true);
      expect(await bookings.listBookedOnDay('2025-06-25')).toEqual([]);
    });
  });

  describe('bookings: walk-ins', () => {
    const walkIn = (overrides: Partial<BookingRecord> = {}) =>
      aBooking({ residentId: null, walkInName: '赵大爷', phone: '', ...overrides });

    it('seats a walk-in on a free seat, stored attended in one step', async () => {
      await createSlot({ id: 's1', capacity: 2 });
      const result = await bookings.addWalkIn(walkIn({ id: 'w1' }), { overCapacity: false });
      expect(result).toEqual({
        outcome: 'added',
        booking: { ...walkIn({ id: 'w1' }), state: 'attended' },
        overCapacity: false,
      });
      expect(await reloadBooking('w1')).toMatchObject({ state: 'attended', residentId: null });
      expect(await reloadSlot('s1')).toMatchObject({ capacity: 2, seatsTaken: 1 });
      await expectSeatsConsistent('s1');
    });

    it('never waitlists a walk-in: full without confirmation stores nothing', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      expect(await bookings.addWalkIn(walkIn({ id: 'w1' }), { overCapacity: false })).toEqual({ outcome: 'full' });
      expect(await bookings.findById('w1')).toBeNull();
      expect(await reloadSlot('s1')).toMatchObject({ capacity: 1, seatsTaken: 1 });
    });

    it('adds one seat for a confirmed over-capacity walk-in, leaving no seat to book', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      const result = await bookings.addWalkIn(walkIn({ id: 'w1' }), { overCapacity: true });
      expect(result).toMatchObject({ outcome: 'added', overCapacity: true, booking: { state: 'attended' } });
      expect(await reloadSlot('s1')).toMatchObject({ capacity: 2, seatsTaken: 2 });
      await expectSeatsConsistent('s1');
      // Nobody books the walk-in's seat: the next resident still waits.
      await bookAs('waitlisted', { id: 'b2', residentId: 'u2', createdAt: 1200 });
      expect((await bookings.listBySlot('s1')).map((b) => [b.id, b.state])).toEqual([
        ['b1', 'booked'],
        ['w1', 'attended'],
        ['b2', 'waitlisted'],
      ]);
    });

    it('answers slot_closed for a cancelled or missing slot and stores nothing', async () => {
      await createSlot({ id: 's1' });
      await slots.cancel('s1', '临时有会', 2000);
      expect(await bookings.addWalkIn(walkIn({ id: 'w1' }), { overCapacity: true })).toEqual({
        outcome: 'slot_closed',
      });
      expect(await bookings.addWalkIn(walkIn({ id: 'w2', slotId: 'nope' }), { overCapacity: true })).toEqual({
        outcome: 'slot_closed',
      });
      expect(await bookings.findById('w1')).toBeNull();
    });

    it('keeps seats consistent while walk-ins and bookings race on a nearly full slot', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      await bookAs('booked', { id: 'b0', residentId: 'u0' });
      const racing = await Promise.all([
        ...[1, 2, 3].map((n) => bookings.addWalkIn(walkIn({ id: `w${n}` }), { overCapacity: n === 3 })),
        ...[1, 2, 3].map((n) => bookings.book(aBooking({ id: `b${n}`, residentId: `u${n}` }), { waitlist: true })),
      ]);
      expect(racing.filter((r) => r.outcome === 'added' || r.outcome === 'booked').length).toBeGreaterThanOrEqual(2);
      await expectSeatsConsistent('s1');
      const slot = await reloadSlot('s1');
      expect(slot.capacity - slot.seatsTaken).toBeGreaterThanOrEqual(0);
    });
  });

  describe('bookings: the daily count', () => {
    it('counts the bookings a resident made since an instant, cancelled ones too', async () => {
      await createSlot({ id: 's1', capacity: 5 });
      await createSlot({ id: 's2', date: '2025-06-15', capacity: 5 });
      await bookAs('booked', { id: 'b1', residentId: 'u1', createdAt: 900 });
      await bookAs('booked', { id: 'b2', residentId: 'u1', slotId: 's2', date: '2025-06-15', createdAt: 1000 });
      await bookings.cancel('b2', '有事', 1100);
      await bookAs('booked', { id: 'b3', residentId: 'u1', slotId: 's2', date: '2025-06-15', createdAt: 1200 });
      await bookAs('booked', { id: 'b4', residentId: 'u2', createdAt: 1300 });
      expect(await bookings.countCreatedByResidentSince('u1', 1000)).toBe(2);
      expect(await bookings.countCreatedByResidentSince('u1', 0)).toBe(3);
      expect(await bookings.countCreatedByResidentSince('u3', 0)).toBe(0);
    });

    it('erases the phone and address of bookings up to a visit day, whatever their state, once', async () => {
      await createSlot({ id: 's1', capacity: 2 });
      await createSlot({ id: 's2', capacity: 2, date: '2025-06-15' });
      const contact = { phone: '13800001111', address: '3号楼2单元' };
      await bookAs('booked', { id: 'b1', residentId: 'u1', ...contact });
      await bookAs('booked', { id: 'b2', residentId: 'u2', ...contact });
      await bookings.cancel('b2', '临时有事', 1500);
      const later = await bookAs('booked', {
        id: 'b3',
        slotId: 's2',
        date: '2025-06-15',
        residentId: 'u1',
        ...contact,
      });

      expect(await bookings.eraseContactsUpTo('2025-06-05')).toBe(2);
      expect(await reloadBooking('b1')).toMatchObject({
        phone: '',
        address: '',
        state: 'booked',
        topic: expect.any(String),
      });
      expect(await reloadBooking('b2')).toMatchObject({ phone: '', address: '', state: 'cancelled' });
      expect(await reloadBooking('b3')).toEqual(later);
      expect(await bookings.eraseContactsUpTo('2025-06-05')).toBe(0);
      expect(await bookings.eraseContactsUpTo('2025-06-14')).toBe(0);
      expect(await bookings.eraseContactsUpTo('2025-06-15')).toBe(1);
    });
  });
}
