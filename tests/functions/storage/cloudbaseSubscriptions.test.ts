import { createCloudbaseStorage, type CloudbaseDb } from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { seededRandom } from '../../../bench/contention/prng';
import { freshMemoryDb, inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { failRequests, openWithDb, sentRequests } from './cloudbaseRequests';

/** A race test runs many seeded interleavings: past jest's 5 s default on a busy machine. */
const RACE_TEST_MS = 30_000;

/**
 * Consent credits on CloudBase: which requests a grant costs, and what a failed or concurrent one
 * leaves. What every engine must do is in subscriptionsContract.ts.
 */

const COLLECTION = 'mq_subscriptions';

/** The requests the credits collection received since `from`, as `action` without `database.`. */
function actionsSince(db: CloudbaseDb, from: number): string[] {
  return inspectMemoryDb(db)
    .requests.slice(from)
    .filter((r) => r.collectionName === COLLECTION)
    .map((r) => r.action.replace(/^database\./, ''));
}

const requestCount = (db: CloudbaseDb) => inspectMemoryDb(db).requests.length;

describe('cloudbase consent credits', () => {
  it('takes a credit with a decrement conditional on credits > 0', async () => {
    const { db, storage } = await openWithDb();
    await storage.subscriptions.grant('u:1', 'tpl', 1000);
    expect(await storage.subscriptions.take('u:1', 'tpl', 2000)).toBe(true);

    expect(inspectMemoryDb(db).documents('mq_subscriptions')).toEqual([
      { _id: 'u%3A1:tpl', userId: 'u:1', templateId: 'tpl', credits: 0, updatedAt: 2000 },
    ]);
    const [take] = sentRequests(db, 'database.modifyDocument', 'mq_subscriptions');
    expect(take.query).toEqual({ _id: 'u%3A1:tpl', credits: { $gt: 0 } });
    expect(take.data).toEqual({ $inc: { credits: -1 }, $set: { updatedAt: 2000 } });
  });

  it('counts a grant with an id in one conditional write that keeps the latest 20 ids', async () => {
    const { db, storage } = await openWithDb();
    for (let n = 1; n <= 25; n += 1) await storage.subscriptions.grant('u1', 'tpl', 1000 + n, `g-${n}`);
    await storage.subscriptions.grant('u1', 'tpl', 2000, 'g-25');
    const [document] = inspectMemoryDb(db).documents('mq_subscriptions');
    expect(document.credits).toBe(25);
    expect(document.grantIds).toEqual(Array.from({ length: 20 }, (_, i) => `g-${i + 6}`));
    const grants = sentRequests(db, 'database.modifyDocument', 'mq_subscriptions');
    expect(grants.at(-1)).toEqual({
      query: { _id: 'u1:tpl', grantIds: { $ne: 'g-25' } },
      data: { $inc: { credits: 1 }, $set: { updatedAt: 2000 }, $push: { grantIds: { $each: ['g-25'], $slice: -20 } } },
    });
  });

  it('records the first consent of several templates in one batch insert', async () => {
    const { db, storage } = await openWithDb();
    const before = requestCount(db);
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');

    expect(actionsSince(db, before)).toEqual(['insertDocument']);
    expect(inspectMemoryDb(db).documents(COLLECTION)).toEqual(
      ['tpl-a', 'tpl-b'].map((templateId) => ({
        _id: `u1:${templateId}`,
        userId: 'u1',
        templateId,
        credits: 1,
        updatedAt: 1000,
        grantIds: ['g-1'],
      })),
    );
  });

  it('records every later consent in a refused insert and one conditional $inc over the templates', async () => {
    const { db, storage } = await openWithDb();
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
    const before = requestCount(db);
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 2000, 'g-2');

    expect(actionsSince(db, before)).toEqual(['insertDocument', 'modifyDocument']);
    expect(sentRequests(db, 'database.modifyDocument', COLLECTION)).toEqual([
      {
        query: { _id: { $in: ['u1:tpl-a', 'u1:tpl-b'] }, grantIds: { $ne: 'g-2' } },
        data: { $inc: { credits: 1 }, $set: { updatedAt: 2000 }, $push: { grantIds: { $each: ['g-2'], $slice: -20 } } },
      },
    ]);
    expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 2 });
  });

  it('records one template as grant does: an insert, then the conditional $inc', async () => {
    const { db, storage } = await openWithDb();
    let before = requestCount(db);
    await storage.subscriptions.grantAll('u1', ['tpl-a'], 1000, 'g-1');
    expect(actionsSince(db, before)).toEqual(['insertDocument']);
    before = requestCount(db);
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-a'], 2000, 'g-2');
    expect(actionsSince(db, before)).toEqual(['insertDocument', 'modifyDocument']);
    expect(sentRequests(db, 'database.modifyDocument', COLLECTION)[0].query).toEqual({
      _id: 'u1:tpl-a',
      grantIds: { $ne: 'g-2' },
    });
    before = requestCount(db);
    await storage.subscriptions.grantAll('u1', [], 3000, 'g-3');
    expect(actionsSince(db, before)).toEqual([]);
  });

  it('finds a retried consent counted with one read, and writes nothing more', async () => {
    const { db, storage } = await openWithDb();
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
    const before = requestCount(db);
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, 'g-1');

    expect(actionsSince(db, before)).toEqual(['insertDocument', 'modifyDocument', 'getDocument']);
    expect(
      inspectMemoryDb(db)
        .documents(COLLECTION)
        .map((d) => [d.credits, d.updatedAt]),
    ).toEqual([
      [1, 1000],
      [1, 1000],
    ]);
  });

  it.each([
    [
      ['tpl-new', 'tpl-old'],
      ['insertDocument', 'modifyDocument', 'getDocument'],
    ],
    [
      ['tpl-old', 'tpl-new'],
      ['insertDocument', 'modifyDocument', 'getDocument', 'insertDocument'],
    ],
  ])('grants %j when only tpl-old has a document, whatever the failed batch kept', async (templates, requests) => {
    const { db, storage } = await openWithDb();
    await storage.subscriptions.grant('u1', 'tpl-old', 1000);
    const before = requestCount(db);
    await storage.subscriptions.grantAll('u1', templates, 2000, 'g-1');

    expect(actionsSince(db, before)).toEqual(requests);
    expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-old': 2, 'tpl-new': 1 });
    expect(
      inspectMemoryDb(db)
        .documents(COLLECTION)
        .map((d) => d.grantIds),
    ).toEqual([['g-1'], ['g-1']]);
  });

  it('keeps a batch written although its reply was lost, and counts it once', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', COLLECTION, 'reply lost');
    await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
    expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-a': 1, 'tpl-b': 1 });
  });

  it.each(['refused', 'reply lost'] as const)(
    'throws when the $inc fails (%s), and its retry counts each template once',
    async (mode) => {
      const { db, storage } = await openWithDb();
      await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
      failRequests(db, 'database.modifyDocument', COLLECTION, mode);
      await expect(storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 2000, 'g-2')).rejects.toMatchObject({
        code: 'DATABASE_REQUEST_FAILED',
      });
      await storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 2100, 'g-2');
      expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 2 });
    },
  );

  it('throws when the read after a partial write fails, and its retry adds what was missing', async () => {
    const { db, storage } = await openWithDb();
    await storage.subscriptions.grant('u1', 'tpl-old', 1000);
    failRequests(db, 'database.getDocument', COLLECTION, 'refused');
    await expect(storage.subscriptions.grantAll('u1', ['tpl-old', 'tpl-new'], 2000, 'g-1')).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
    expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-old': 2 });
    await storage.subscriptions.grantAll('u1', ['tpl-old', 'tpl-new'], 2100, 'g-1');
    expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-old': 2, 'tpl-new': 1 });
  });

  it.each([true, false])('throws when the database refuses grantAll (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything. The
    // refused batch insert goes on to the $inc, which throws the refusal.
    const storage = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(storage.subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1, 'g-1')).rejects.toEqual(refused);
    await expect(storage.subscriptions.grantAll('u1', ['tpl-a'], 1, 'g-1')).rejects.toEqual(refused);
  });
});

/**
 * Concurrent consents, refunds and a retry racing its own attempt, with the requests of all of
 * them arriving in a random order each seed decides. Each seed must end with every credit
 * counted exactly once; across the seeds every path of grantAll must have run.
 */
describe('cloudbase consent credits under randomised interleaving', () => {
  type Race = (subscriptions: Storage['subscriptions']) => Promise<unknown>[];

  /** Runs `race` after a first credit of tpl-b, once per seed; the credits and requests of each. */
  async function raceEachSeed(race: Race, seeds: number) {
    const runs: Array<{ seed: number; credits: Record<string, number>; reads: number }> = [];
    for (let seed = 1; seed <= seeds; seed += 1) {
      const { db, storage } = await openWithDb({ interleaving: { random: seededRandom(seed) } });
      await storage.subscriptions.grant('u1', 'tpl-b', 1000);
      await Promise.all(race(storage.subscriptions));
      const reads = actionsSince(db, 0).filter((action) => action === 'getDocument').length;
      runs.push({ seed, credits: await storage.subscriptions.credits('u1'), reads });
    }
    return runs;
  }

  // 60 seeded interleavings each: over a second alone, more beside other suites.
  it(
    'counts every grant once: consents, a refund and a retry racing its own attempt',
    async () => {
      const runs = await raceEachSeed(
        (subscriptions) => [
          subscriptions.grantAll('u1', ['tpl-a', 'tpl-b', 'tpl-c'], 2000, 'g-1'),
          subscriptions.grantAll('u1', ['tpl-a', 'tpl-b', 'tpl-c'], 2000, 'g-2'),
          subscriptions.grantAll('u1', ['tpl-c', 'tpl-a'], 2000, 'g-3'),
          subscriptions.grantAll('u1', ['tpl-b', 'tpl-c', 'tpl-a'], 2000, 'g-1'),
          subscriptions.refund('u1', 'tpl-c', 2000),
          subscriptions.grant('u1', 'tpl-a', 2000, 'g-2'),
        ],
        60,
      );
      // a: g-1, g-2, g-3. b: the first grant, g-1, g-2. c: g-1, g-2, g-3 and the refund.
      const expected = { 'tpl-a': 3, 'tpl-b': 3, 'tpl-c': 4 };
      expect(runs.filter((run) => !sameCredits(run.credits, expected))).toEqual([]);
      // Reads of step 3 happened (beyond the credits() read of each seed): the races reached it.
      expect(runs.some((run) => run.reads > 0)).toBe(true);
    },
    RACE_TEST_MS,
  );

  it(
    'counts every grant once when two consents both find a template missing and race to insert it',
    async () => {
      const runs = await raceEachSeed(
        (subscriptions) => [
          subscriptions.grantAll('u1', ['tpl-a', 'tpl-b', 'tpl-c'], 2000, 'g-1'),
          subscriptions.grantAll('u1', ['tpl-a', 'tpl-b', 'tpl-c'], 2000, 'g-2'),
          subscriptions.grantAll('u1', ['tpl-a', 'tpl-b', 'tpl-c'], 2000, 'g-1'),
        ],
        60,
      );
      const expected = { 'tpl-a': 2, 'tpl-b': 3, 'tpl-c': 2 };
      expect(runs.filter((run) => !sameCredits(run.credits, expected))).toEqual([]);
    },
    RACE_TEST_MS,
  );
});

/** The same credits per template, in whatever order the documents came back. */
function sameCredits(a: Record<string, number>, b: Record<string, number>): boolean {
  const sorted = (credits: Record<string, number>) => JSON.stringify(Object.entries(credits).sort());
  return sorted(a) === sorted(b);
}
