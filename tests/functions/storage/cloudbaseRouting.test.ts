import { cloudbaseCollectionSetup, collectionNames } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { seededRandom } from '../../../bench/contention/prng';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { describeBodyMembersContract } from './bodyMembersContract';
import { describeRoutingContract } from './routingContract';
import { failRequests, openWithDb } from './cloudbaseRequests';

describeBodyMembersContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

describeRoutingContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

describeRoutingContract(
  'cloudbase with throwOnCode off (query builder + mingo)',
  async () => (await openWithDb({ throwOnCode: false })).storage,
);

describeRoutingContract(
  'cloudbase with requests in random order',
  async () => (await openWithDb({ interleaving: { random: seededRandom(18) } })).storage,
);

const rule = {
  streetId: 'st-1',
  id: 'r1',
  category: '*' as const,
  place: null,
  holder: { kind: 'street' as const, id: 'st-1' },
  updatedAt: 1,
  updatedBy: 'u1',
};

describe('cloudbase routing specifics', () => {
  it("keeps a street's whole table in one document, read in one request", async () => {
    const { db, storage } = await openWithDb();
    await storage.routing.saveRule(rule);
    await storage.routing.setSlaClass('st-1', 'safety', 'urgent', 'u1', 2);
    const documents = inspectMemoryDb(db).documents('mq_routingTables');
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      _id: 'st-1',
      slaClasses: { safety: 'urgent' },
      slaUpdates: { safety: { at: 2, by: 'u1' } },
    });
  });

  it('converges when the answer of a first save is lost: the retry finds the document', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_routingTables', 'reply lost');
    await expect(storage.routing.saveRule(rule)).rejects.toThrow('injected failure');
    await storage.routing.saveRule(rule);
    expect((await storage.routing.table('st-1')).rules).toEqual([
      { id: 'r1', category: '*', place: null, holder: { kind: 'street', id: 'st-1' } },
    ]);
  });

  it("reads the table by `_id` and a body's people through declared indexes", async () => {
    const { db, storage } = await openWithDb();
    await storage.routing.saveRule(rule);
    await storage.routing.table('st-1');
    await storage.users.listBodyMembers({ kind: 'grid', id: 'g1' });
    await storage.users.listBodyMembers({ kind: 'street', id: 'st-1' });
    const names = collectionNames();
    const setup = {
      [names.routingTables]: cloudbaseCollectionSetup.routingTables,
      [names.users]: cloudbaseCollectionSetup.users,
    };
    const { requests } = inspectMemoryDb(db);
    expect(requests.filter((r) => r.action === 'database.getDocument').length).toBe(3);
    expect(queriesWithoutIndex(requests, setup)).toEqual([]);
    expect(cloudbaseCollectionSetup.routingTables.permission).toBe('ADMINONLY');
  });
});
