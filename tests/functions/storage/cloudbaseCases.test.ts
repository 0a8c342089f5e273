import { seededRandom } from '../../../bench/contention/prng';
import { cloudbaseCollectionSetup, collectionNames } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { STALE_CASE_CLAIM_MS } from '../../../cloudfunctions/lib/adapters/cloudbase/caseClaims';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { DEPARTMENT, DISPATCH_AT, aCase, acceptBy, feedbackBy, passBy, returnWith } from '../../support/builders/cases';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { describeCasesContract } from './casesContract';
import { failRequests, openWithDb } from './cloudbaseRequests';

describeCasesContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeCasesContract(
  'cloudbase with throwOnCode off (query builder + mingo)',
  async () => (await openWithDb({ throwOnCode: false })).storage,
);

describe('cloudbase cases under randomised interleaving', () => {
  const shuffled = (seed: number) => openWithDb({ interleaving: { random: seededRandom(seed) } });

  it.each([1, 2, 3])('of 50 accepts with their requests in random order (seed %i) exactly one wins', async (seed) => {
    const { storage } = await shuffled(seed);
    await storage.cases.create(aCase());
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => storage.cases.change('k1', acceptBy(`u${i}`), T + 1)),
    );
    const winners = results.filter((result) => result !== null);
    expect(winners).toHaveLength(1);
    expect((await storage.cases.findById('k1'))?.acceptedBy).toBe(winners[0]!.acceptedBy);
  });

  it.each([1, 2, 3])(
    'of 20 dispatches of one matter in random order (seed %i), after a verified case, one creates a case',
    async (seed) => {
      const { storage } = await shuffled(seed);
      await storage.cases.create(aCase({ id: 'k0' }));
      await storage.cases.change('k0', acceptBy('u1'), T + 1);
      await storage.cases.change('k0', feedbackBy('u1'), T + 2);
      await storage.cases.change('k0', passBy('u2'), T + 3);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => storage.cases.create(aCase({ id: `k${i + 1}`, dispatchedAt: T + 4 }))),
      );
      const created = results.filter((result) => result !== null);
      expect(created).toHaveLength(1);
      expect(await storage.cases.findOpenForMatter('m1')).toEqual(created[0]);
      expect((await storage.cases.listForMatter('m1')).map((c) => c.id)).toEqual(['k0', created[0]!.id]);
    },
  );
});

const T = DISPATCH_AT;

describe('cloudbase cases specifics', () => {
  it('keeps the condition fields off the record', async () => {
    const { db, storage } = await openWithDb();
    await storage.cases.create(aCase());
    await storage.cases.change('k1', acceptBy('u1'), T + 1);
    await storage.cases.change('k1', feedbackBy('u1'), T + 2);
    const stored = await storage.cases.findById('k1');
    expect(Object.keys(stored!).sort()).toEqual(Object.keys(aCase()).sort());
    const [document] = inspectMemoryDb(db).documents('mq_cases');
    expect(document).toMatchObject({ holderKind: 'property', holderId: 'p-xingfu', handledBy: 'u1' });
  });

  it('converges when the answer of a dispatch is lost: the retry finds its case and its claim', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_cases', 'reply lost');
    await expect(storage.cases.create(aCase())).rejects.toThrow('injected failure');
    expect(await storage.cases.create(aCase({ id: 'k2' }))).toBeNull();
    expect(await storage.cases.create(aCase())).toEqual(aCase());
    expect(await storage.cases.findOpenForMatter('m1')).toEqual(aCase());
  });

  it('converges when the answer of an accept is lost: the retry is answered, another user is not', async () => {
    const { db, storage } = await openWithDb();
    await storage.cases.create(aCase());
    failRequests(db, 'database.modifyDocument', 'mq_cases', 'reply lost');
    await expect(storage.cases.change('k1', acceptBy('u1', T + 10), T + 10)).rejects.toThrow('injected failure');
    expect(await storage.cases.change('k1', acceptBy('u2', T + 20), T + 20)).toBeNull();
    expect(await storage.cases.change('k1', acceptBy('u1', T + 20), T + 20)).toMatchObject({
      acceptedBy: 'u1',
      acceptedAt: T + 10,
    });
  });

  it('frees the matter when the release after a verification is lost, on retry or by the next dispatch', async () => {
    const { db, storage } = await openWithDb();
    await storage.cases.create(aCase());
    await storage.cases.change('k1', acceptBy('u1'), T + 1);
    await storage.cases.change('k1', feedbackBy('u1'), T + 2);
    failRequests(db, 'database.removeDocument', 'mq_openCases', 'refused');
    await expect(storage.cases.change('k1', passBy('u2'), T + 3)).rejects.toThrow('injected failure');
    expect(await storage.cases.findOpenForMatter('m1')).toBeNull();
    // The claim is still there, held by a final case: the next dispatch takes it over.
    const next = aCase({ id: 'k2', dispatchedAt: T + 4 });
    expect(await storage.cases.create(next)).toEqual(next);
    expect(await storage.cases.create(aCase({ id: 'k3', dispatchedAt: T + 5 }))).toBeNull();
  });

  it('lets a claim whose case was never written block the matter only for a while', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_cases', 'refused');
    await expect(storage.cases.create(aCase())).rejects.toThrow('injected failure');
    expect(await storage.cases.create(aCase({ id: 'k2', dispatchedAt: T + 1000 }))).toBeNull();
    const late = aCase({ id: 'k3', dispatchedAt: T + STALE_CASE_CLAIM_MS + 1 });
    expect(await storage.cases.create(late)).toEqual(late);
    expect(await storage.cases.create(aCase())).toBeNull();
  });

  it('converges when a re-route stops after withdrawing the old case', async () => {
    const { db, storage } = await openWithDb();
    await storage.cases.create(aCase());
    await storage.cases.change('k1', returnWith('应由城管处理'), T + 1);
    const next = aCase({ id: 'k2', holder: { ...DEPARTMENT }, previousCaseId: 'k1', dispatchedAt: T + 2 });
    failRequests(db, 'database.insertDocument', 'mq_cases', 'refused');
    const reroute = { from: ['returned'] as const, withdrawReason: '改派' };
    await expect(storage.cases.reroute('k1', reroute, next, T + 2)).rejects.toThrow('injected failure');
    expect(await storage.cases.reroute('k1', reroute, next, T + 3)).toMatchObject({
      previous: { state: 'withdrawn' },
      next,
    });
    expect(await storage.cases.findOpenForMatter('m1')).toEqual(next);
  });
});

describe('the CloudBase indexes of the case collections', () => {
  it('serve every query the case repository sends', async () => {
    const { db, storage } = await openWithDb();
    const { cases } = storage;
    await cases.create(aCase());
    await cases.create(aCase({ id: 'k2' }));
    await cases.change('k1', acceptBy('u1'), T + 1);
    await cases.change('k1', feedbackBy('u1'), T + 2);
    await cases.change('k1', passBy('u2'), T + 3);
    await cases.create(aCase({ id: 'k3', dispatchedAt: T + 4 }));
    await cases.change('k3', returnWith('不归我管'), T + 5);
    await cases.reroute(
      'k3',
      { from: ['returned'], withdrawReason: '改派' },
      aCase({ id: 'k4', previousCaseId: 'k3' }),
      T + 6,
    );
    await cases.findOpenForMatter('m1');
    await cases.listForMatter('m1');
    await cases.listReminderDue(T * 2, 10);
    await cases.countOpenByCommunity('s1', T * 2);
    for (const after of [null, { at: T, id: 'k0' }]) {
      await cases.listOpen({ streetId: 's1', after, limit: 5 });
      await cases.listOpen({ streetId: 's1', overdueAt: T * 2, after, limit: 5 });
      await cases.listOpen({ streetId: 's1', communityId: 'c1', holderKind: 'property', after, limit: 5 });
      await cases.listOpen({ streetId: 's1', holderKind: 'department', after, limit: 5 });
      await cases.listOpen({ streetId: 's1', communityId: 'c1', states: ['handled'], after, limit: 5 });
      await cases.listOpen({ streetId: 's1', holderKind: 'department', holderId: 'd-cg', after, limit: 5 });
      await cases.listForHolder({ holder: { ...DEPARTMENT }, states: ['dispatched', 'accepted'], after, limit: 5 });
    }
    const names = collectionNames();
    const setup = {
      [names.cases]: cloudbaseCollectionSetup.cases,
      [names.openCases]: cloudbaseCollectionSetup.openCases,
    };
    const { requests } = inspectMemoryDb(db);
    expect(requests.filter((r) => r.action === 'database.getDocument').length).toBeGreaterThan(10);
    expect(queriesWithoutIndex(requests, setup)).toEqual([]);
    expect(cloudbaseCollectionSetup.cases.permission).toBe('ADMINONLY');
    expect(cloudbaseCollectionSetup.openCases.permission).toBe('ADMINONLY');
  });
});
