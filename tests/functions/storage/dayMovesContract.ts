import { sorted } from './contractHelpers';
import { aBooking, aMove } from '../../support/builders/visits';
import type {
  BookingRepository,
  SlotRepository,
  VisitDayMoveRepository,
} from '../../../cloudfunctions/lib/ports/visits';
import { visitSteps, type VisitsStorage } from './visitsFixtures';

/**
 * Moving a visit day: the bookings that move with it or are cancelled, and the record of the move.
 * Part of the 民意5来听 storage contract (visitsContract.ts): called inside its describe, with the
 * storage its beforeEach opened.
 */
export function describeDayMovesContract(current: () => VisitsStorage): void {
  const { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent } = visitSteps(current);
  let slots: SlotRepository;
  let bookings: BookingRepository;
  let visitDayMoves: VisitDayMoveRepository;
  beforeEach(() => {
    ({ slots, bookings, visitDayMoves } = current());
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

    it('reads a community with its moves in range (what every booking checks), none for an unknown community', async () => {
      const { places } = current();
      await places.saveDistrict({ id: 'd1', name: '任城区' });
      await places.saveStreet({ id: 'st1', name: '古槐街道', districtId: 'd1' });
      const community = {
        id: 'c1',
        name: '东门社区',
        streetId: 'st1',
        officeAddress: '东门大街1号',
        officePhone: '0537-1234567',
        reviewMattersFirst: true,
      };
      await places.saveCommunity(community);
      expect(await visitDayMoves.withCommunity('c1', '2025-10-01', '2025-10-31')).toEqual({ community, moves: [] });

      const inside = aMove({ originalDate: '2025-10-15', movedTo: '2025-10-16' });
      const intoRange = aMove({ originalDate: '2025-09-25', movedTo: '2025-10-01' });
      const after = aMove({ originalDate: '2025-11-05', movedTo: '2025-11-06' });
      for (const move of [inside, after, intoRange]) await visitDayMoves.save(move);
      await visitDayMoves.save(aMove({ communityId: 'c2', originalDate: '2025-10-05', movedTo: '2025-10-07' }));

      expect(await visitDayMoves.withCommunity('c1', '2025-10-01', '2025-10-31')).toEqual({
        community,
        moves: [intoRange, inside],
      });
      expect(await visitDayMoves.withCommunity('c2', '2025-10-01', '2025-10-31')).toEqual({
        community: null,
        moves: [],
      });
    });
  });
}
