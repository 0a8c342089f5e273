import { byId, collectIds, sorted } from './contractHelpers';
import { aSlot, aBooking, aRecord, aMove } from '../../support/builders/visits';
import type { CursorPosition } from '@domain/pagination';
import type {
  BookingRecord,
  BookingRepository,
  SlotRecord,
  SlotRepository,
  VisitDayMoveRepository,
  VisitRecordRecord,
  VisitRecordRepository,
} from '../../../cloudfunctions/lib/ports/visits';

export interface VisitsStorage {
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
  close(): Promise<void>;
}

/**
 * The behaviour every adapter of ports/visits.ts must have. Adapter-neutral on purpose: no
 * engine details and no timing; "concurrent" means calls started together with Promise.all,
 * which is how two function instances hit the same rows in production.
 *
 * Readings of the port pinned here (where its comments leave room):
 * - Slots and bookings are stored as given (the caller passes seatsTaken 0, and a booking's date
 *   and communityId copied from its slot); `book` only decides the state ('booked' or 'waitlisted').
 * - book checks in this order: a missing or cancelled slot => 'slot_closed'; an active booking of
 *   the same resident on the same date (any slot, any community) => 'already_booked' with that
 *   booking; a free seat => 'booked'; a full slot => 'waitlisted' when `waitlist`, else 'slot_closed'
 *   (a walk-in, booked with waitlist false, never waits). Nothing is stored unless booked or waitlisted.
 * - "Active" is booked or waitlisted, as the port says: attended, no_show and cancelled bookings do
 *   not stop the resident from booking again that day. Walk-ins (residentId null) are never
 *   "already booked".
 * - Seat changes (book, cancel, promotion) do not touch the slot's updatedAt: it tracks the cadre's
 *   edits. seatsTaken always equals the number of the slot's booked, attended and no_show bookings.
 * - The waitlist is in (createdAt, id) order; a promoted booking keeps its createdAt, and becomes
 *   'booked' with updatedAt = the cancel's `now`.
 * - Cancelling a seat holder of a cancelled slot frees the seat and promotes nobody (the service
 *   is cancelling every booking of that slot). A cancelled booking gets the reason and updatedAt.
 * - cancel is false (nothing changed) for an unknown booking and for one that is not active.
 * - Raising a slot's capacity promotes nobody (the port's update only edits the slot).
 * - slots.update is false for an unknown or cancelled slot, and when capacity would drop below
 *   seatsTaken; otherwise it applies the patch and sets updatedAt = now.
 * - slots.cancel is true whenever the slot exists; a second call keeps the first reason and time.
 * - listByDay and listByCadreDay include cancelled slots and order by (start, id).
 * - lastDayBefore counts any slot of the cadre in that community, cancelled ones too.
 * - setAttendance moves between booked, attended and no_show in any direction (a same-state call
 *   is true); it sets updatedAt = now; it is false for waitlisted, cancelled or unknown bookings.
 * - listBySlot leaves cancelled bookings out: seat holders by (createdAt, id), then the waitlist.
 * - listByResident returns every state. Upcoming (date >= today) by (date, id) ascending, past by
 *   (date, id) descending; the cursor's `at` is the date as the number YYYYMMDD (2025-06-05 ->
 *   20250605) and its `id` the booking id.
 * - listBookedOnDay: state 'booked' only, every community, in no particular order.
 * - visitRecords.save replaces the record with the same id, and also the other record of the same
 *   bookingId (one per booking: the old id is gone). Records without a booking never clash.
 * - openFollowUps: records whose followUp is open, matching every filter given (cadreId and/or
 *   communityIds; an empty communityIds, or neither filter, matches nothing: the service always scopes
 *   the list), by (dueDate, id), at most `limit`.
 * - closeFollowUp is false for an unknown record, one without a follow-up, or one already closed
 *   (the first outcome stays); it sets state 'closed', outcome, closedAt = now and updatedAt = now.
 * - linkMatter is true when the record had no matter or already this one (a retry), false when
 *   it is unknown or linked to another matter (nothing changes); it sets updatedAt = now.
 * - visitDayMoves.listForCommunity is inclusive on both ends and ordered by originalDate.
 * - findByIds / findByBookingIds return the found records in no particular order, skip unknown ids.
 */
export function describeVisitsContract(adapterName: string, openEmpty: () => Promise<VisitsStorage>): void {
  describe(`visits storage contract: ${adapterName}`, () => {
    let storage: VisitsStorage;
    let slots: SlotRepository;
    let bookings: BookingRepository;
    let visitRecords: VisitRecordRepository;
    let visitDayMoves: VisitDayMoveRepository;

    beforeEach(async () => {
      storage = await openEmpty();
      ({ slots, bookings, visitRecords, visitDayMoves } = storage);
    });

    afterEach(async () => {
      await storage.close();
    });

    async function createSlot(overrides: Partial<SlotRecord> = {}): Promise<SlotRecord> {
      const slot = aSlot(overrides);
      await slots.create(slot);
      return slot;
    }

    async function reloadSlot(id: string): Promise<SlotRecord> {
      const found = await slots.findById(id);
      if (!found) throw new Error(`slot ${id} vanished`);
      return found;
    }

    async function reloadBooking(id: string): Promise<BookingRecord> {
      const found = await bookings.findById(id);
      if (!found) throw new Error(`booking ${id} vanished`);
      return found;
    }

    /** Books and insists on the outcome, returning the stored booking. */
    async function bookAs(
      expected: 'booked' | 'waitlisted',
      overrides: Partial<BookingRecord> = {},
    ): Promise<BookingRecord> {
      const result = await bookings.book(aBooking(overrides), { waitlist: true });
      if (result.outcome !== expected) throw new Error(`expected ${expected}, got ${result.outcome}`);
      return result.booking;
    }

    /** The invariant behind every seat test: seatsTaken counts the seat holders, never over capacity. */
    async function expectSeatsConsistent(slotId: string): Promise<void> {
      const slot = await reloadSlot(slotId);
      const holders = (await bookings.listBySlot(slotId)).filter((b) => seatHolding.includes(b.state));
      expect(slot.seatsTaken).toBe(holders.length);
      expect(slot.seatsTaken).toBeLessThanOrEqual(slot.capacity);
    }

    describe('slots', () => {
      it('round-trips every field through create, findById and findByIds', async () => {
        const full = aSlot({
          id: 's-full',
          communityId: 'c-east',
          cadreId: 'cadre-wang',
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

        expect(await bookings.book(aBooking({ id: 'b1', slotId: 's1', residentId: 'u2' }), { waitlist: true })).toEqual(
          { outcome: 'slot_closed' },
        );
        expect(await bookings.book(aBooking({ id: 'b2', slotId: 's1', residentId: 'u1' }), { waitlist: true })).toEqual(
          { outcome: 'slot_closed' },
        );
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

    describe('visit records', () => {
      it('round-trips every field through save, findById and findByBookingIds', async () => {
        const full = aRecord({
          id: 'r-full',
          bookingId: 'b1',
          slotId: 's1',
          cadreId: 'cadre-wang',
          communityId: 'c-east',
          residentId: 'u-zhang',
          date: '2025-06-05',
          seen: '楼道堆满杂物',
          heard: '老人担心消防通道被堵',
          solved: '当场联系物业清理',
          suggested: '每月组织一次楼道清理',
          photos: ['cloud://env/a.jpg', 'cloud://env/b.jpg'],
          followUp: { dueDate: '2025-06-20', note: '回访清理情况', state: 'open', outcome: '', closedAt: null },
          matterId: 'm-9',
          createdAt: 5000,
          updatedAt: 5100,
        });
        const bare = aRecord({ id: 'r-bare', bookingId: null, residentId: null, photos: [], followUp: null });
        const other = aRecord({ id: 'r-other', bookingId: 'b2' });
        for (const record of [full, bare, other]) await visitRecords.save(record);

        expect(await visitRecords.findById('r-full')).toEqual(full);
        expect(await visitRecords.findById('r-bare')).toEqual(bare);
        expect(await visitRecords.findById('missing')).toBeNull();
        expect(byId(await visitRecords.findByBookingIds(['b2', 'missing', 'b1']))).toEqual([full, other]);
        expect(await visitRecords.findByBookingIds([])).toEqual([]);
      });

      it('replaces a record saved again, and keeps one record per booking', async () => {
        await visitRecords.save(aRecord({ id: 'r1', bookingId: 'b1', heard: '第一稿' }));
        const edited = aRecord({ id: 'r1', bookingId: 'b1', heard: '修改后', updatedAt: 6000 });
        await visitRecords.save(edited);
        expect(await visitRecords.findById('r1')).toEqual(edited);

        const replacement = aRecord({ id: 'r2', bookingId: 'b1', heard: '重新记录' });
        await visitRecords.save(replacement);
        expect(await visitRecords.findByBookingIds(['b1'])).toEqual([replacement]);
        expect(await visitRecords.findById('r1')).toBeNull();

        await visitRecords.save(aRecord({ id: 'r3', bookingId: null }));
        await visitRecords.save(aRecord({ id: 'r4', bookingId: null }));
        expect(await visitRecords.findById('r3')).not.toBeNull();
        expect(await visitRecords.findById('r4')).not.toBeNull();
      });

      it('lists open follow-ups of a cadre or of communities, due date first', async () => {
        const open = (dueDate: string) => ({
          dueDate,
          note: '回访',
          state: 'open' as const,
          outcome: '',
          closedAt: null,
        });
        await visitRecords.save(aRecord({ id: 'r-late', followUp: open('2025-06-30') }));
        await visitRecords.save(aRecord({ id: 'r-b', followUp: open('2025-06-10') }));
        await visitRecords.save(aRecord({ id: 'r-a', followUp: open('2025-06-10') }));
        await visitRecords.save(aRecord({ id: 'r-c2', communityId: 'c2', followUp: open('2025-06-01') }));
        await visitRecords.save(aRecord({ id: 'r-colleague', cadreId: 'cadre-2', followUp: open('2025-06-02') }));
        await visitRecords.save(
          aRecord({ id: 'r-c3', communityId: 'c3', cadreId: 'cadre-3', followUp: open('2025-06-03') }),
        );
        await visitRecords.save(aRecord({ id: 'x-none', followUp: null }));
        await visitRecords.save(
          aRecord({
            id: 'x-closed',
            followUp: { dueDate: '2025-05-01', note: '', state: 'closed', outcome: '已解决', closedAt: 4000 },
          }),
        );

        const ids = (records: VisitRecordRecord[]) => records.map((r) => r.id);
        expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 10))).toEqual([
          'r-c2',
          'r-a',
          'r-b',
          'r-late',
        ]);
        expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 2))).toEqual(['r-c2', 'r-a']);
        expect(ids(await visitRecords.openFollowUps({ communityIds: ['c1', 'c3'] }, 10))).toEqual([
          'r-colleague',
          'r-c3',
          'r-a',
          'r-b',
          'r-late',
        ]);
        expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1', communityIds: ['c2'] }, 10))).toEqual([
          'r-c2',
        ]);
        expect(await visitRecords.openFollowUps({ communityIds: [] }, 10)).toEqual([]);
        expect(await visitRecords.openFollowUps({}, 10)).toEqual([]);
        expect(await visitRecords.openFollowUps({ cadreId: 'cadre-nobody' }, 10)).toEqual([]);
      });

      it('closes an open follow-up once, and then no longer lists it', async () => {
        const followUp = { dueDate: '2025-06-20', note: '回访', state: 'open' as const, outcome: '', closedAt: null };
        const record = aRecord({ id: 'r1', followUp });
        await visitRecords.save(record);
        await visitRecords.save(aRecord({ id: 'r-none', followUp: null }));

        expect(await visitRecords.closeFollowUp('r1', '物业已清理', 7000)).toBe(true);
        const closed = {
          ...record,
          followUp: { ...followUp, state: 'closed' as const, outcome: '物业已清理', closedAt: 7000 },
          updatedAt: 7000,
        };
        expect(await visitRecords.findById('r1')).toEqual(closed);
        expect(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 10)).toEqual([]);

        expect(await visitRecords.closeFollowUp('r1', '又关一次', 8000)).toBe(false);
        expect(await visitRecords.findById('r1')).toEqual(closed);
        expect(await visitRecords.closeFollowUp('r-none', '无', 8000)).toBe(false);
        expect(await visitRecords.closeFollowUp('missing', '无', 8000)).toBe(false);
      });

      it('links a matter once; a retry with the same matter is fine, another matter is refused', async () => {
        const record = aRecord({ id: 'r1', matterId: null });
        await visitRecords.save(record);
        expect(await visitRecords.linkMatter('r1', 'm1', 7000)).toBe(true);
        expect(await visitRecords.findById('r1')).toEqual({ ...record, matterId: 'm1', updatedAt: 7000 });
        expect(await visitRecords.linkMatter('r1', 'm1', 7100)).toBe(true);
        expect(await visitRecords.linkMatter('r1', 'm2', 7200)).toBe(false);
        expect(await visitRecords.findById('r1')).toMatchObject({ matterId: 'm1' });
        expect(await visitRecords.linkMatter('missing', 'm1', 7000)).toBe(false);
      });

      it('lets one of two concurrent links to different matters win', async () => {
        await visitRecords.save(aRecord({ id: 'r1', matterId: null }));
        const results = await Promise.all([
          visitRecords.linkMatter('r1', 'm1', 7000),
          visitRecords.linkMatter('r1', 'm2', 7000),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await visitRecords.findById('r1')).toMatchObject({ matterId: results[0] ? 'm1' : 'm2' });
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
    });

    describe('bookings: moving a visit day', () => {
      const REASON = '接访日调整，您在新日期已有预约';

      it('moves the slots and every booking of the day to the new date, and nothing else', async () => {
        await createSlot({ id: 's1', capacity: 1 });
        await createSlot({ id: 's2', start: '14:00', end: '16:00' });
        await createSlot({ id: 'other', communityId: 'c2' });
        await bookAs('booked', { id: 'b1', residentId: 'u1' });
        await bookAs('waitlisted', { id: 'b2', residentId: 'u2', createdAt: 1100 });
        await bookAs('booked', { id: 'b3', residentId: 'u3', slotId: 's2' });
        await bookAs('booked', { id: 'b4', residentId: 'u4', slotId: 's2' });
        await bookings.cancel('b4', '有事', 1150);
        await bookAs('booked', { id: 'bo', residentId: 'u9', slotId: 'other', communityId: 'c2' });

        const outcome = await bookings.moveDay('c1', ['2025-06-05'], '2025-06-07', REASON, 3000);
        expect(sorted(outcome.slotIds)).toEqual(['s1', 's2']);
        expect(outcome.cancelled).toEqual([]);
        expect(await reloadSlot('s1')).toMatchObject({ date: '2025-06-07', seatsTaken: 1, updatedAt: 3000 });
        expect(await reloadSlot('s2')).toMatchObject({ date: '2025-06-07' });
        expect(await reloadSlot('other')).toMatchObject({ date: '2025-06-05' });
        for (const id of ['b1', 'b2', 'b3', 'b4']) expect((await reloadBooking(id)).date).toBe('2025-06-07');
        expect(await reloadBooking('b2')).toMatchObject({ state: 'waitlisted' });
        expect(await reloadBooking('bo')).toMatchObject({ date: '2025-06-05' });
        expect(await slots.listByDay('c1', '2025-06-05')).toEqual([]);
        // The day-before reminder finds them on the new date.
        expect(sorted((await bookings.listBookedOnDay('2025-06-07')).map((b) => b.id))).toEqual(['b1', 'b3']);
        await expectSeatsConsistent('s1');
      });

      it('moves the one-booking-per-day guard with the bookings', async () => {
        await createSlot({ id: 's1' });
        await bookAs('booked', { id: 'b1', residentId: 'u1' });
        await bookings.moveDay('c1', ['2025-06-05'], '2025-06-07', REASON, 3000);
        // A second booking on the new date is refused; the old date no longer holds the resident.
        await createSlot({ id: 'new-day', communityId: 'c2', date: '2025-06-07' });
        await createSlot({ id: 'old-day', communityId: 'c2', date: '2025-06-05' });
        const second = await bookings.book(
          aBooking({ id: 'b2', residentId: 'u1', slotId: 'new-day', communityId: 'c2', date: '2025-06-07' }),
          { waitlist: true },
        );
        expect(second).toMatchObject({ outcome: 'already_booked', existing: { id: 'b1' } });
        await bookAs('booked', { id: 'b3', residentId: 'u1', slotId: 'old-day', communityId: 'c2' });
        // Cancelling the moved booking frees the new date.
        await bookings.cancel('b1', '有事', 3100);
        await bookAs('booked', {
          id: 'b4',
          residentId: 'u1',
          slotId: 'new-day',
          communityId: 'c2',
          date: '2025-06-07',
        });
      });

      it('cancels instead of moving a booking that would be the resident’s second that day, passing its seat on', async () => {
        await createSlot({ id: 's1', capacity: 1 });
        await createSlot({ id: 'elsewhere', communityId: 'c2', date: '2025-06-07' });
        await bookAs('booked', {
          id: 'kept',
          residentId: 'u1',
          slotId: 'elsewhere',
          communityId: 'c2',
          date: '2025-06-07',
        });
        await bookAs('booked', { id: 'b1', residentId: 'u1' });
        await bookAs('waitlisted', { id: 'b2', residentId: 'u2', createdAt: 1100 });

        const outcome = await bookings.moveDay('c1', ['2025-06-05'], '2025-06-07', REASON, 3000);
        expect(outcome.cancelled).toEqual([
          {
            ...aBooking({ id: 'b1', residentId: 'u1' }),
            date: '2025-06-07',
            state: 'cancelled',
            cancelReason: REASON,
            updatedAt: 3000,
          },
        ]);
        expect(await reloadBooking('kept')).toMatchObject({ state: 'booked', date: '2025-06-07' });
        expect(await reloadBooking('b2')).toMatchObject({ state: 'booked', date: '2025-06-07' });
        expect(await reloadBooking('b1')).toMatchObject({ state: 'cancelled' });
        await expectSeatsConsistent('s1');
        // Run again (a retry after a failure), it cancels nothing more but reports what the move
        // cancelled, as stored, so the service still tells that resident (once, by its key).
        const again = await bookings.moveDay('c1', ['2025-06-05'], '2025-06-07', REASON, 4000);
        expect(again.cancelled).toEqual(outcome.cancelled);
        expect(sorted(again.slotIds)).toEqual(['s1']);
        expect(await reloadBooking('b2')).toMatchObject({ state: 'booked' });
        await expectSeatsConsistent('s1');
      });

      it('gathers slots from several dates (a day moved again, one stranded by an old move), and runs again answering as before', async () => {
        await createSlot({ id: 'stranded', date: '2025-06-05' });
        await createSlot({ id: 'moved', date: '2025-06-07', start: '14:00', end: '15:00' });
        await bookAs('booked', { id: 'b1', residentId: 'u1', slotId: 'stranded' });
        await bookAs('booked', { id: 'b2', residentId: 'u2', slotId: 'moved', date: '2025-06-07' });
        await bookings.moveDay('c1', ['2025-06-05', '2025-06-07'], '2025-06-08', REASON, 3000);
        const again = await bookings.moveDay('c1', ['2025-06-05', '2025-06-07'], '2025-06-08', REASON, 3100);
        expect({ ...again, slotIds: sorted(again.slotIds) }).toEqual({ slotIds: ['moved', 'stranded'], cancelled: [] });
        expect(await reloadSlot('moved')).toMatchObject({ updatedAt: 3000 });
        expect((await slots.listByDay('c1', '2025-06-08')).map((s) => s.id)).toEqual(['stranded', 'moved']);
        expect((await reloadBooking('b1')).date).toBe('2025-06-08');
        expect((await reloadBooking('b2')).date).toBe('2025-06-08');
        expect(await bookings.countCreatedByResidentSince('u1', 0)).toBe(1);
      });
    });

    describe('visit day moves', () => {
      it('keeps one move per community and original date, replacing on a second move', async () => {
        const first = aMove({ originalDate: '2025-10-05', movedTo: '2025-10-08', reason: '国庆假期' });
        await visitDayMoves.save(first);
        const again = aMove({ originalDate: '2025-10-05', movedTo: '2025-10-09', reason: '改到周四', createdAt: 2000 });
        await visitDayMoves.save(again);
        const elsewhere = aMove({ communityId: 'c2', originalDate: '2025-10-05', movedTo: '2025-10-07' });
        await visitDayMoves.save(elsewhere);

        expect(await visitDayMoves.listForCommunity('c1', '2025-10-01', '2025-10-31')).toEqual([again]);
        expect(await visitDayMoves.listForCommunity('c2', '2025-10-01', '2025-10-31')).toEqual([elsewhere]);
      });

      it('lists moves whose original or new date falls in the range, inclusive, by original date', async () => {
        const intoRange = aMove({ originalDate: '2025-09-25', movedTo: '2025-10-01' });
        const outOfRange = aMove({ originalDate: '2025-10-31', movedTo: '2025-11-03' });
        const inside = aMove({ originalDate: '2025-10-15', movedTo: '2025-10-16' });
        const before = aMove({ originalDate: '2025-09-05', movedTo: '2025-09-08' });
        const after = aMove({ originalDate: '2025-11-05', movedTo: '2025-11-06' });
        for (const move of [outOfRange, inside, before, after, intoRange]) await visitDayMoves.save(move);
        await visitDayMoves.save(aMove({ communityId: 'c2', originalDate: '2025-10-15', movedTo: '2025-10-17' }));

        expect(await visitDayMoves.listForCommunity('c1', '2025-10-01', '2025-10-31')).toEqual([
          intoRange,
          inside,
          outOfRange,
        ]);
        expect(await visitDayMoves.listForCommunity('c1', '2025-11-06', '2025-11-30')).toEqual([after]);
        expect(await visitDayMoves.listForCommunity('c1', '2025-12-01', '2025-12-31')).toEqual([]);
      });
    });
  });
}

const seatHolding: readonly string[] = ['booked', 'attended', 'no_show'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
