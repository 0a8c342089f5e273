import { seededRandom } from '../../../bench/contention/prng';
import { createCloudbaseStorage, type CloudbaseDb } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { freshMemoryDb, inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { aStation, aVolunteer, anEntry, anOrder } from '../../support/builders/service';
import { failRequests, openWithDb, sentRequests } from './cloudbaseRequests';
import { describeServiceContract } from './serviceContract';
import { claimBy, escalation, startBy } from './serviceFixtures';

describeServiceContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeServiceContract(
  'cloudbase with throwOnCode off (query builder + mingo)',
  async () => (await openWithDb({ throwOnCode: false })).storage,
);

function claimsOn(db: CloudbaseDb) {
  return sentRequests(db, 'database.modifyDocument', 'mq_serviceOrders');
}

describe('cloudbase service adapter specifics', () => {
  it('claims with one conditional update of the order document, on its state (and claimant when given)', async () => {
    const { db, storage } = await openWithDb();
    await storage.orders.place(anOrder({ id: 'o1' }));
    await storage.orders.change('o1', claimBy('v1', 2000), 2000);
    await storage.orders.change('o1', startBy('v1', 3000), 3000);
    await storage.orders.change('o1', escalation(4000), 4000);
    expect(claimsOn(db)).toEqual([
      {
        query: { _id: 'o1', state: { $in: ['placed'] } },
        data: { $set: { state: 'claimed', claimantId: 'v1', claimedAt: 2000, updatedAt: 2000 } },
      },
      {
        query: { _id: 'o1', state: { $in: ['claimed'] }, claimantId: 'v1' },
        data: { $set: { state: 'in_progress', startedAt: 3000, updatedAt: 3000 } },
      },
      {
        query: { _id: 'o1', state: { $in: ['placed'] }, escalatedAt: null },
        data: { $set: { escalatedAt: 4000, updatedAt: 4000 } },
      },
    ]);
  });

  it.each([1, 2, 3, 4, 5])(
    'of 100 claims with their requests in random order (seed %i) exactly one wins',
    async (seed) => {
      const { storage } = await openWithDb({ interleaving: { random: seededRandom(seed) } });
      await storage.orders.place(anOrder({ id: 'o1' }));
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => storage.orders.change('o1', claimBy(`v${i}`), 2000)),
      );
      const winners = results.filter((result) => result !== null);
      expect(winners).toHaveLength(1);
      expect((await storage.orders.findById('o1'))?.claimantId).toBe(winners[0]!.claimantId);
    },
  );

  it("keeps a claim whose answer was lost: the volunteer's retry gets the order, nobody else does", async () => {
    const { db, storage } = await openWithDb();
    await storage.orders.place(anOrder({ id: 'o1' }));
    failRequests(db, 'database.modifyDocument', 'mq_serviceOrders', 'reply lost');
    await expect(storage.orders.change('o1', claimBy('v1'), 2000)).rejects.toThrow('injected failure');
    expect(await storage.orders.change('o1', claimBy('v2'), 2100)).toBeNull();
    expect(await storage.orders.change('o1', claimBy('v1'), 2100)).toMatchObject({ claimantId: 'v1', claimedAt: 2000 });
  });

  it('finds an order whose insert answer was lost, and keeps a ledger entry written so', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_serviceOrders', 'reply lost');
    await expect(storage.orders.place(anOrder({ id: 'o1' }))).rejects.toThrow('injected failure');
    expect(await storage.orders.place(anOrder({ id: 'o1' }))).toEqual(anOrder({ id: 'o1' }));
    failRequests(db, 'database.insertDocument', 'mq_hoursLedger', 'reply lost');
    await expect(storage.hoursLedger.append(anEntry())).rejects.toThrow('injected failure');
    expect(await storage.hoursLedger.append(anEntry())).toBe(false);
    expect((await storage.hoursLedger.totals(['u-vol-1'])).get('u-vol-1')).toBe(60);
  });

  it('stores each record under its own id and totals minutes with one aggregate', async () => {
    const { db, storage } = await openWithDb();
    await storage.volunteers.report(aVolunteer({ userId: 'u1' }));
    await storage.orders.place(anOrder({ id: 'o1' }));
    await storage.hoursLedger.append(anEntry({ id: 'order:o1' }));
    await storage.serviceSetup.saveStation(aStation({ id: 'st-1' }));
    const server = inspectMemoryDb(db);
    expect(server.documents('mq_volunteers').map((d) => d._id)).toEqual(['c1:u1']);
    expect(server.documents('mq_serviceOrders').map((d) => d._id)).toEqual(['o1']);
    expect(server.documents('mq_hoursLedger').map((d) => d._id)).toEqual(['order:o1']);
    expect(server.documents('mq_stations')).toEqual([
      expect.objectContaining({ _id: 'st-1', walkMinutes: { 'cp-1': 4, 'cp-2': 9 } }),
    ]);
    const before = server.requests.length;
    await storage.hoursLedger.totals(['u-vol-1', 'u-vol-2']);
    expect(server.requests.slice(before).map((r) => r.action)).toEqual(['database.aggregateDocuments']);
  });

  it.each([true, false])('throws when the database refuses a call (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything.
    const { volunteers, serviceSetup, orders, hoursLedger } = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(volunteers.report(aVolunteer())).rejects.toEqual(refused);
    await expect(volunteers.list({ communityId: 'c1', after: null, limit: 5 })).rejects.toEqual(refused);
    await expect(serviceSetup.listItems('c1')).rejects.toEqual(refused);
    await expect(serviceSetup.saveStation(aStation())).rejects.toEqual(refused);
    await expect(orders.place(anOrder())).rejects.toEqual(refused);
    await expect(orders.change('o1', claimBy('v1'), 1)).rejects.toEqual(refused);
    await expect(orders.listOverdueForClaim(1, 5)).rejects.toEqual(refused);
    await expect(hoursLedger.append(anEntry())).rejects.toEqual(refused);
    await expect(hoursLedger.totals(['u1'])).rejects.toEqual(refused);
  });
});
