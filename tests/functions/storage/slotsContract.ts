import { byId } from './contractHelpers';
import { aBooking, aSlot } from '../../support/builders/visits';
import type { BookingRepository, SlotRepository } from '../../../cloudfunctions/lib/ports/visits';
import { visitSteps, type VisitsStorage } from './visitsFixtures';

/**
 * Slots: every field stored and read back, edits, cancelling, the lists of a day and of a cadre.
 * Part of the 民意5来听 storage contract (visitsContract.ts): called inside its describe, with the
 * storage its beforeEach opened.
 */
export function describeSlotsContract(current: () => VisitsStorage): void {
  const { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent } = visitSteps(current);
  let slots: SlotRepository;
  let bookings: BookingRepository;
  beforeEach(() => {
    ({ slots, bookings } = current());
  });

  describe('slots', () => {
    it('round-trips every field through create, findById and findByIds', async () => {
      const full = aSlot({
        id: 's-full',
        communityId: 'c-east',
        cadreId: 'cadre-wang',
        cadreName: '王书记',
        date: '2025-06-15',
        start: '14:30',
        end: '16:00',
        mode: 'enterprise',
        place: '高新区创业大厦3楼',
        capacity: 8,
        seatsTaken: 0,
        state: 'open',
        cancelReason: '',
        createdAt: 1000,
        updatedAt: 1200,
      });
      const home = aSlot({ id: 's-home', mode: 'home', place: '' });
      const cancelled = aSlot({ id: 's-cancelled', state: 'cancelled', cancelReason: '临时开会' });
      for (const slot of [full, home, cancelled]) await slots.create(slot);

      expect(await slots.findById('s-full')).toEqual(full);
      expect(await slots.findById('s-home')).toEqual(home);
      expect(await slots.findById('s-cancelled')).toEqual(cancelled);
      expect(await slots.findById('missing')).toBeNull();
      expect(byId(await slots.findByIds(['s-home', 'missing', 's-full']))).toEqual([full, home]);
      expect(await slots.findByIds([])).toEqual([]);
    });

    it("renames a cadre on every slot of theirs, and on nobody else's", async () => {
      await createSlot({ id: 's-mine', cadreId: 'cadre-wang', cadreName: '王书记' });
      await createSlot({ id: 's-mine-later', cadreId: 'cadre-wang', cadreName: '王书记', date: '2025-06-25' });
      await createSlot({ id: 's-other', cadreId: 'cadre-li', cadreName: '李书记' });
      await slots.renameCadre('cadre-wang', '王建国');
      const names = byId(await slots.findByIds(['s-mine', 's-mine-later', 's-other'])).map((s) => [s.id, s.cadreName]);
      expect(names).toEqual([
        ['s-mine', '王建国'],
        ['s-mine-later', '王建国'],
        ['s-other', '李书记'],
      ]);
      await slots.renameCadre('cadre-nobody', '无名');
      expect((await slots.findById('s-other'))?.cadreName).toBe('李书记');
    });

    it("lists a community's day by start time then id, cancelled slots included", async () => {
      await createSlot({ id: 's-b', start: '09:00' });
      await createSlot({ id: 's-a', start: '09:00', state: 'cancelled', cancelReason: '下雨' });
      await createSlot({ id: 's-c', start: '08:30', cadreId: 'cadre-other' });
      await createSlot({ id: 's-d', start: '14:00' });
      await createSlot({ id: 'x-other-day', date: '2025-06-25' });
      await createSlot({ id: 'x-other-community', communityId: 'c2' });

      const day = await slots.listByDay('c1', '2025-06-05');
      expect(day.map((s) => s.id)).toEqual(['s-c', 's-a', 's-b', 's-d']);
      expect(day[1]).toMatchObject({ state: 'cancelled', cancelReason: '下雨' });
      expect(await slots.listByDay('c1', '2025-06-15')).toEqual([]);
    });

    it("lists a community's slots on several days in one read, by date, start time, then id", async () => {
      await createSlot({ id: 's-15-b', date: '2025-06-15', start: '09:00' });
      await createSlot({ id: 's-05-late', date: '2025-06-05', start: '14:00' });
      await createSlot({ id: 's-05-early', date: '2025-06-05', start: '08:30', state: 'cancelled' });
      await createSlot({ id: 's-15-a', date: '2025-06-15', start: '09:00' });
      await createSlot({ id: 'x-not-asked', date: '2025-06-25' });
      await createSlot({ id: 'x-other-community', date: '2025-06-05', communityId: 'c2' });

      const days = await slots.listByDays('c1', ['2025-06-15', '2025-06-05', '2025-07-05']);
      expect(days.map((s) => s.id)).toEqual(['s-05-early', 's-05-late', 's-15-a', 's-15-b']);
      expect(await slots.listByDays('c1', [])).toEqual([]);
    });

    it("lists a cadre's day across communities by start time then id", async () => {
      await createSlot({ id: 's-2', communityId: 'c2', start: '10:00' });
      await createSlot({ id: 's-1', communityId: 'c1', start: '10:00' });
      await createSlot({ id: 's-0', communityId: 'c3', start: '08:00', state: 'cancelled' });
      await createSlot({ id: 'x-colleague', cadreId: 'cadre-other', start: '07:00' });
      await createSlot({ id: 'x-other-day', date: '2025-06-15' });

      expect((await slots.listByCadreDay('cadre-1', '2025-06-05')).map((s) => s.id)).toEqual(['s-0', 's-1', 's-2']);
      expect(await slots.listByCadreDay('cadre-nobody', '2025-06-05')).toEqual([]);
    });

    it('finds the last day before a date on which the cadre had slots in the community', async () => {
      await createSlot({ id: 's-may', date: '2025-05-25' });
      await createSlot({ id: 's-june', date: '2025-06-05', state: 'cancelled' });
      await createSlot({ id: 's-later', date: '2025-06-15' });
      await createSlot({ id: 'x-colleague', cadreId: 'cadre-other', date: '2025-06-10' });
      await createSlot({ id: 'x-elsewhere', communityId: 'c2', date: '2025-06-12' });

      expect(await slots.lastDayBefore('cadre-1', 'c1', '2025-06-15')).toBe('2025-06-05');
      expect(await slots.lastDayBefore('cadre-1', 'c1', '2025-06-05')).toBe('2025-05-25');
      expect(await slots.lastDayBefore('cadre-1', 'c1', '2025-05-25')).toBeNull();
      expect(await slots.lastDayBefore('cadre-1', 'c2', '2025-07-01')).toBe('2025-06-12');
      expect(await slots.lastDayBefore('cadre-new', 'c1', '2025-07-01')).toBeNull();
    });

    it('update applies the patch and bumps updatedAt; false for unknown and cancelled slots', async () => {
      const before = await createSlot({ id: 's1', capacity: 5 });
      const patch = { start: '10:00', end: '11:30', mode: 'station' as const, place: '红帆驿站', capacity: 6 };
      expect(await slots.update('s1', patch, 2000)).toBe(true);
      expect(await reloadSlot('s1')).toEqual({ ...before, ...patch, updatedAt: 2000 });
      expect(await slots.update('s1', { place: '社区服务中心' }, 2100)).toBe(true);
      expect(await reloadSlot('s1')).toMatchObject({ place: '社区服务中心', capacity: 6, updatedAt: 2100 });

      expect(await slots.update('missing', { capacity: 3 }, 2000)).toBe(false);
      const cancelled = await createSlot({ id: 's2', state: 'cancelled', cancelReason: '改期' });
      expect(await slots.update('s2', { capacity: 9 }, 2000)).toBe(false);
      expect(await reloadSlot('s2')).toEqual(cancelled);
    });

    it('never lets capacity drop below the seats taken', async () => {
      await createSlot({ id: 's1', capacity: 4 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('booked', { id: 'b2', residentId: 'u2' });
      const before = await reloadSlot('s1');

      expect(await slots.update('s1', { capacity: 1, place: '新地点' }, 3000)).toBe(false);
      expect(await reloadSlot('s1')).toEqual(before);
      expect(await slots.update('s1', { capacity: 2 }, 3000)).toBe(true);
      expect(await reloadSlot('s1')).toMatchObject({ capacity: 2, seatsTaken: 2, updatedAt: 3000 });
      expect((await bookings.book(aBooking({ id: 'b3', residentId: 'u3' }), { waitlist: true })).outcome).toBe(
        'waitlisted',
      );
    });

    it('raising capacity promotes nobody: the next booker takes the new seat', async () => {
      await createSlot({ id: 's1', capacity: 1 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('waitlisted', { id: 'b2', residentId: 'u2', createdAt: 1100 });
      expect(await slots.update('s1', { capacity: 2 }, 3000)).toBe(true);
      expect(await reloadBooking('b2')).toMatchObject({ state: 'waitlisted' });
      await bookAs('booked', { id: 'b3', residentId: 'u3', createdAt: 1200 });
      await expectSeatsConsistent('s1');
    });

    it('a capacity cut racing a booking never leaves the slot over capacity', async () => {
      await createSlot({ id: 's1', capacity: 3 });
      await bookAs('booked', { id: 'b1', residentId: 'u1' });
      await bookAs('booked', { id: 'b2', residentId: 'u2' });
      const [updated, result] = await Promise.all([
        slots.update('s1', { capacity: 2 }, 3000),
        bookings.book(aBooking({ id: 'b3', residentId: 'u3' }), { waitlist: true }),
      ]);
      const slot = await reloadSlot('s1');
      if (updated) {
        expect(result.outcome).toBe('waitlisted');
        expect(slot).toMatchObject({ capacity: 2, seatsTaken: 2 });
      } else {
        expect(result.outcome).toBe('booked');
        expect(slot).toMatchObject({ capacity: 3, seatsTaken: 3 });
      }
      await expectSeatsConsistent('s1');
    });

    it('cancel marks the slot cancelled once and is idempotent', async () => {
      const before = await createSlot({ id: 's1' });
      expect(await slots.cancel('s1', '临时有防汛任务', 2000)).toBe(true);
      const cancelled = { ...before, state: 'cancelled' as const, cancelReason: '临时有防汛任务', updatedAt: 2000 };
      expect(await reloadSlot('s1')).toEqual(cancelled);
      expect(await slots.cancel('s1', '另一个理由', 3000)).toBe(true);
      expect(await reloadSlot('s1')).toEqual(cancelled);
      expect(await slots.cancel('missing', '理由', 2000)).toBe(false);
    });
  });
}
