import { EJSON } from 'bson';
import { createCloudbaseStorage } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { STALE_CLAIM_MS } from '../../../cloudfunctions/lib/staleClaims';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryCloudbaseServer,
  type MemoryDbOptions,
} from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { failRequests, openWithDb } from './cloudbaseRequests';
import { slotsNotAddingUp } from '../../support/seatHolderAudit';
import { claimsOf, openVisitsWithDb, storedSlot } from './cloudbaseVisitsScene';
import { aBooking, aMove, aRecord, aSlot } from '../../support/builders/visits';
import { describeVisitsContract, type VisitsStorage } from './visitsContract';

async function openEmptyVisits(options: MemoryDbOptions = {}): Promise<VisitsStorage> {
  return (await openWithDb(options)).storage;
}

describeVisitsContract('cloudbase (query builder + mingo)', () => openEmptyVisits());

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeVisitsContract('cloudbase with throwOnCode off (query builder + mingo)', () =>
  openEmptyVisits({ throwOnCode: false }),
);

type Reply = ReturnType<MemoryCloudbaseServer['handle']>;

describe('cloudbase visits adapter specifics', () => {
  it('takes a seat with one conditional update on remaining, held under the booking id, after claiming the day under its own _id', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 5 }));
    await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });

    expect(storedSlot(db, 's1')).toMatchObject({
      capacity: 5,
      seatsTaken: 1,
      remaining: 4,
      seatHolders: { b1: 'free' },
    });
    expect(claimsOf(db)).toEqual([
      { _id: 'u1:2025-06-05', bookingId: 'b1', slotId: 's1', residentId: 'u1', date: '2025-06-05', at: 1000 },
    ]);
    const seatTake = inspectMemoryDb(db).requests.find(
      (r) => r.action === 'database.modifyDocument' && r.collectionName === 'mq_slots',
    );
    expect(EJSON.parse(seatTake?.params.query as string)).toEqual({
      _id: 's1',
      state: 'open',
      remaining: { $gt: 0 },
      'seatHolders.b1': { $exists: false },
    });
    expect(EJSON.parse(seatTake?.params.data as string)).toEqual({
      $inc: { remaining: -1, seatsTaken: 1 },
      $set: { 'seatHolders.b1': 'free' },
    });
    expect(seatTake?.params.multi).toBe(true);
  });

  it('keeps remaining = capacity - seatsTaken through contention, cancels and capacity changes', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 5 }));
    const attempts = Array.from({ length: 30 }, (_, i) =>
      aBooking({ id: `b${String(i).padStart(2, '0')}`, residentId: `u${i}`, createdAt: 1000 + i }),
    );
    const results = await Promise.all(attempts.map((b) => visits.bookings.book(b, { waitlist: true })));
    expect(results.filter((r) => r.outcome === 'booked')).toHaveLength(5);
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 5, remaining: 0 });

    const holders = results.flatMap((r) => (r.outcome === 'booked' ? [r.booking.id] : []));
    await Promise.all([
      ...holders.slice(0, 3).map((id) => visits.bookings.cancel(id, '', 2000)),
      visits.slots.update('s1', { capacity: 7 }, 2000),
    ]);
    const slot = storedSlot(db, 's1');
    expect(slot.remaining).toBe((slot.capacity as number) - (slot.seatsTaken as number));
    expect(slot).toMatchObject({ capacity: 7, seatsTaken: 5 });
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });

  it('gives the seat and the day back when the booking cannot be written', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    failRequests(db, 'database.insertDocument', 'mq_bookings', 'refused');

    await expect(visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).rejects.toThrow(
      'injected failure',
    );
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 0, remaining: 1 });
    expect(claimsOf(db)).toEqual([]);
    expect((await visits.bookings.book(aBooking({ id: 'b2', residentId: 'u1' }), { waitlist: true })).outcome).toBe(
      'booked',
    );
  });

  it('lets a retry of the same booking id take up the day its failed attempt left claimed', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    // The attempt dies after claiming the day: the seat take and its compensation both fail.
    failRequests(db, 'database.modifyDocument', 'mq_slots', 'refused');
    failRequests(db, 'database.removeDocument', 'mq_activeBookings', 'refused');
    await expect(visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).rejects.toThrow(
      'injected failure',
    );
    expect(claimsOf(db)).toHaveLength(1);
    // Booking ids come from the request id: its retry books at once, not after the claim is stale.
    expect((await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).outcome).toBe(
      'booked',
    );
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 0 });
  });

  it('keeps the day claimed when another attempt of the same request stores the booking first', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 3 }));
    const booking = aBooking({ id: 'b1', residentId: 'u1' });
    await visits.bookings.book(booking, { waitlist: true });
    const server = inspectMemoryDb(db);
    const stored = server.documents('mq_bookings')[0];
    // Attempt A has claimed the day and taken a seat, and is about to store the booking...
    server.handle('database.removeDocument', {
      collectionName: 'mq_bookings',
      query: EJSON.stringify({ _id: 'b1' }),
      multi: false,
    });
    const handle = server.handle.bind(server);
    let landed = false;
    server.handle = (action: string, params: Record<string, unknown>): Reply => {
      const reply = handle(action, params);
      if (!landed && action === 'database.modifyDocument' && params.collectionName === 'mq_slots') {
        // ...and does so just after attempt B (a takeover of A's stale request claim) took a seat.
        landed = true;
        handle('database.insertDocument', { collectionName: 'mq_bookings', data: [EJSON.stringify(stored)] });
      }
      return reply;
    };
    await expect(visits.bookings.book(booking, { waitlist: true })).rejects.toMatchObject({
      code: 'DATABASE_DUPLICATE_WRITE',
    });
    // B's seat was the stored booking's own (held under the same id): it stays, and so does the day.
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 2 });
    expect(claimsOf(db)).toMatchObject([{ bookingId: 'b1' }]);
    expect((await visits.bookings.book(aBooking({ id: 'b2', residentId: 'u1' }), { waitlist: true })).outcome).toBe(
      'already_booked',
    );
  });

  it('keeps a booking that was written although its reply was lost', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    failRequests(db, 'database.insertDocument', 'mq_bookings', 'reply lost');

    const result = await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });
    expect(result.outcome).toBe('booked');
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 0 });
    expect(await visits.bookings.findById('b1')).toMatchObject({ state: 'booked' });
    expect(claimsOf(db)).toHaveLength(1);
  });

  it('errs on the safe side when it cannot tell whether the booking was written', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 2 }));
    failRequests(db, 'database.insertDocument', 'mq_bookings', 'refused');
    failRequests(db, 'database.getDocument', 'mq_bookings', 'refused', 2);

    await expect(visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).rejects.toThrow(
      'injected failure',
    );
    // The seat stays counted though no booking holds it (a seat lost, never one too many),
    // and the day stays claimed until the claim is stale.
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 1 });
    expect(claimsOf(db)).toHaveLength(1);
    const later = aBooking({ id: 'b2', residentId: 'u1', createdAt: 1000 + STALE_CLAIM_MS + 1 });
    expect((await visits.bookings.book(later, { waitlist: true })).outcome).toBe('booked');
    expect(claimsOf(db)).toEqual([expect.objectContaining({ bookingId: 'b2' })]);
  });

  it('hands on the seat before releasing the day, and a claim left by a dead cancel is taken over', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });
    await visits.bookings.book(aBooking({ id: 'w1', residentId: 'u2', createdAt: 1100 }), { waitlist: true });
    failRequests(db, 'database.removeDocument', 'mq_activeBookings', 'refused');

    await expect(visits.bookings.cancel('b1', '', 2000)).rejects.toThrow('injected failure');
    expect(await visits.bookings.findById('w1')).toMatchObject({ state: 'booked' });
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 0 });
    // The claim of the cancelled booking dates from its booking: stale, so it is taken over.
    const again = aBooking({ id: 'b2', slotId: 's2', residentId: 'u1', createdAt: 1000 + STALE_CLAIM_MS + 1 });
    await visits.slots.create(aSlot({ id: 's2', start: '14:00' }));
    expect((await visits.bookings.book(again, { waitlist: true })).outcome).toBe('booked');
  });

  it.each(Array.from({ length: 8 }, (_, k) => k))(
    'hands a seat freed while a booker joins the waitlist to the waitlist (cancel starts %i turns late)',
    async (delay) => {
      const { db, visits } = await openVisitsWithDb();
      await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
      await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });
      const lateCancel = async () => {
        for (let i = 0; i < delay; i += 1) await new Promise((resolve) => setImmediate(resolve));
        return visits.bookings.cancel('b1', '', 2000);
      };
      await Promise.all([
        lateCancel(),
        visits.bookings.book(aBooking({ id: 'n1', residentId: 'u2', createdAt: 1500 }), { waitlist: true }),
      ]);
      expect(await visits.bookings.findById('n1')).toMatchObject({ state: 'booked' });
      expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 0 });
    },
  );

  it('unmarking attendance needs the day: refused once the resident booked another slot that day', async () => {
    const { visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1' }));
    await visits.slots.create(aSlot({ id: 's2', start: '14:00' }));
    await visits.bookings.book(aBooking({ id: 'b1', slotId: 's1', residentId: 'u1' }), { waitlist: true });
    expect(await visits.bookings.setAttendance('b1', 'attended', 1500)).toBe(true);
    await visits.bookings.book(aBooking({ id: 'b2', slotId: 's2', residentId: 'u1', createdAt: 1600 }), {
      waitlist: true,
    });

    expect(await visits.bookings.setAttendance('b1', 'booked', 1700)).toBe(false);
    expect(await visits.bookings.findById('b1')).toMatchObject({ state: 'attended' });
    expect(await visits.bookings.cancel('b2', '', 1800)).toMatchObject({ cancelled: true });
    expect(await visits.bookings.setAttendance('b1', 'booked', 1900)).toBe(true);
  });

  it('keeps one record per booking when two records of it are saved at once', async () => {
    const { db, visits } = await openVisitsWithDb();
    await Promise.all([
      visits.visitRecords.save(aRecord({ id: 'r1', bookingId: 'b1' })),
      visits.visitRecords.save(aRecord({ id: 'r2', bookingId: 'b1' })),
    ]);
    expect(await visits.visitRecords.findByBookingIds(['b1'])).toHaveLength(1);
    expect(inspectMemoryDb(db).documents('mq_visitRecords')).toEqual([
      expect.objectContaining({ _id: 'booking:b1', bookingId: 'b1' }),
    ]);
  });

  it('stores a moved visit day under communityId:originalDate', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.visitDayMoves.save(aMove({ communityId: 'c1', originalDate: '2025-10-05' }));
    await visits.visitDayMoves.save(aMove({ communityId: 'c1', originalDate: '2025-10-05', movedTo: '2025-10-09' }));
    expect(inspectMemoryDb(db).documents('mq_visitDayMoves')).toEqual([
      expect.objectContaining({ _id: 'c1:2025-10-05', movedTo: '2025-10-09' }),
    ]);
  });

  it.each([true, false])('throws when the database refuses a call (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything.
    const { slots, bookings, visitRecords, visitDayMoves } = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(slots.findById('s1')).rejects.toEqual(refused);
    await expect(slots.listByDay('c1', '2025-06-05')).rejects.toEqual(refused);
    await expect(slots.update('s1', { capacity: 3 }, 1)).rejects.toEqual(refused);
    await expect(bookings.book(aBooking(), { waitlist: true })).rejects.toEqual(refused);
    await expect(bookings.cancel('b1', '', 1)).rejects.toEqual(refused);
    await expect(bookings.listByResident('u1', 'upcoming', '2025-06-01', null, 5)).rejects.toEqual(refused);
    await expect(visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 5)).rejects.toEqual(refused);
    await expect(visitRecords.save(aRecord())).rejects.toEqual(refused);
    await expect(visitDayMoves.listForCommunity('c1', '2025-06-01', '2025-06-30')).rejects.toEqual(refused);
  });
});
