import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { aBooking, aSlot } from '../../support/builders/visits';
import { slotsNotAddingUp } from '../../support/seatHolderAudit';
import { failRequests } from './cloudbaseRequests';
import { claimsOf, openVisitsWithDb, storedSlot } from './cloudbaseVisitsScene';

/**
 * The CloudBase booking adapter's seat holders (docs/adr/0011): a step whose answer was lost, or a
 * call that died between two steps, is finished by the retry, and every slot's holders stay
 * exactly its bookings that hold a seat.
 */
/**
 * b1 holds the only seat, w1 and w2 wait; b1's cancel marks it cancelled and moves the seat to
 * w1, then dies: w1's promotion fails.
 */
async function cancelDyingBeforePromotion() {
  const { db, visits } = await openVisitsWithDb();
  await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
  await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });
  await visits.bookings.book(aBooking({ id: 'w1', residentId: 'u2', createdAt: 1100 }), { waitlist: true });
  await visits.bookings.book(aBooking({ id: 'w2', residentId: 'u3', createdAt: 1200 }), { waitlist: true });
  // The cancel's own write passes; the promotion after the seat moved fails.
  failRequests(db, 'database.modifyDocument', 'mq_bookings', 'refused', 1, 1);
  await expect(visits.bookings.cancel('b1', '', 2000)).rejects.toThrow('injected failure');
  return { db, visits };
}

describe('cloudbase seat holders', () => {
  it('gives back a seat whose take answered nothing, by its holder, and the retry books', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    failRequests(db, 'database.modifyDocument', 'mq_slots', 'reply lost');
    await expect(visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).rejects.toThrow(
      'injected failure',
    );
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 0, remaining: 1, seatHolders: {} });
    expect(claimsOf(db)).toEqual([]);
    expect((await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).outcome).toBe(
      'booked',
    );
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });

  it('lets the retry of a booking use the seat its lost answer took when the give-back failed too', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    failRequests(db, 'database.modifyDocument', 'mq_slots', 'reply lost');
    failRequests(db, 'database.modifyDocument', 'mq_slots', 'refused', 1, 1);
    await expect(visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).rejects.toThrow(
      'injected failure',
    );
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, seatHolders: { b1: 'free' } });
    // Full for anyone else; the same request's retry finds its own seat.
    expect((await visits.bookings.book(aBooking({ id: 'x1', residentId: 'u9' }), { waitlist: false })).outcome).toBe(
      'slot_closed',
    );
    expect((await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true })).outcome).toBe(
      'booked',
    );
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });

  it('finishes a cancel that died after marking the booking cancelled: the seat still goes to the waitlist', async () => {
    const { db, visits } = await openVisitsWithDb();
    await visits.slots.create(aSlot({ id: 's1', capacity: 1 }));
    await visits.bookings.book(aBooking({ id: 'b1', residentId: 'u1' }), { waitlist: true });
    await visits.bookings.book(aBooking({ id: 'w1', residentId: 'u2', createdAt: 1100 }), { waitlist: true });
    failRequests(db, 'database.getDocument', 'mq_slots', 'refused');
    await expect(visits.bookings.cancel('b1', '', 2000)).rejects.toThrow('injected failure');
    expect(storedSlot(db, 's1')).toMatchObject({ seatHolders: { b1: 'free' } });

    expect(await visits.bookings.finishCancel('b1', 2100)).toMatchObject({ id: 'w1', state: 'booked' });
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, remaining: 0, seatHolders: { w1: 'b1' } });
    expect(claimsOf(db)).toEqual([expect.objectContaining({ bookingId: 'w1' })]);
    // Nothing is left to finish: the same answer again, and nobody else promoted.
    expect(await visits.bookings.finishCancel('b1', 2200)).toMatchObject({ id: 'w1' });
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });

  it('finishes a hand-on that died after moving the seat: the waiting booking holding it is promoted', async () => {
    const { db, visits } = await cancelDyingBeforePromotion();
    expect(storedSlot(db, 's1')).toMatchObject({ seatHolders: { w1: 'b1' } });
    expect(await visits.bookings.findById('w1')).toMatchObject({ state: 'waitlisted' });
    // Another booker finds no free seat meanwhile, and no other hand-on takes w1's seat.
    expect(await visits.bookings.fillFromWaitlist('s1', 2050)).toEqual([]);

    expect(await visits.bookings.finishCancel('b1', 2100)).toMatchObject({ id: 'w1', state: 'booked' });
    expect(await visits.bookings.findById('w2')).toMatchObject({ state: 'waitlisted' });
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });

  it('passes on a seat put on a waiting booking that is cancelled before it was promoted', async () => {
    const { db, visits } = await cancelDyingBeforePromotion();

    // w1 gives up before anyone finished b1's cancel: the seat it was about to get goes to w2.
    expect(await visits.bookings.cancel('w1', '不等了', 2100)).toMatchObject({
      cancelled: true,
      promoted: { id: 'w2', state: 'booked' },
    });
    expect(await visits.bookings.finishCancel('b1', 2200)).toBeNull();
    expect(storedSlot(db, 's1')).toMatchObject({ seatsTaken: 1, seatHolders: { w2: 'w1' } });
    expect(slotsNotAddingUp(inspectMemoryDb(db))).toEqual([]);
  });
});
