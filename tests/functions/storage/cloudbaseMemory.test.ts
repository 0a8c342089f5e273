import type { CloudbaseDb } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { EJSON } from 'bson';
import { seededRandom } from '../../../bench/contention/prng';
import { freshMemoryDb, inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';

/**
 * The in-memory CloudBase must answer the real query builder the way CloudBase does; otherwise the
 * adapter's contract run on it proves nothing. These pin the behaviour the adapter relies on.
 */
describe('in-memory CloudBase behind the real query builder', () => {
  let db: CloudbaseDb;

  beforeEach(async () => {
    db = freshMemoryDb();
    await db.createCollection('things');
  });

  const things = () => db.collection('things');

  async function addNumbered(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await things().add({ _id: `t${String(i).padStart(4, '0')}`, n: i });
  }

  it('refuses a second insert of an _id, thrown or returned as node-sdk would', async () => {
    await things().add({ _id: 'a', v: 1 });
    await expect(things().add({ _id: 'a', v: 2 })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect((await things().doc('a').get()).data).toEqual([{ _id: 'a', v: 1 }]);

    const lenient = freshMemoryDb({ throwOnCode: false });
    await lenient.createCollection('things');
    await lenient.collection('things').add({ _id: 'a' });
    expect(await lenient.collection('things').add({ _id: 'a' })).toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
  });

  it('gives exactly one of many concurrent inserts of an _id', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => things().add({ _id: 'hot', i })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });

  it('makes an _id when the document has none', async () => {
    const { id } = await things().add({ v: 1 });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(
      (
        await things()
          .doc(id as string)
          .get()
      ).data,
    ).toEqual([{ _id: id, v: 1 }]);
  });

  it('returns 100 rows by default and never more than 1000', async () => {
    await addNumbered(1200);
    expect((await things().get()).data).toHaveLength(100);
    expect((await things().limit(5000).get()).data).toHaveLength(1000);
  });

  it('filters, sorts on several keys, skips, limits and projects', async () => {
    const _ = db.command;
    for (const [id, at] of [
      ['a', 2],
      ['b', 2],
      ['c', 1],
      ['d', 3],
    ] as const) {
      await things().add({ _id: id, at, tags: id === 'c' ? ['x'] : ['x', 'y'], extra: true });
    }
    const newestFirst = await things()
      .where(_.and({ tags: 'x' }, _.or({ at: _.lt(3) }, { at: 3, _id: _.lt('z') })))
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .skip(1)
      .limit(2)
      .field({ at: true })
      .get();
    expect(newestFirst.data).toEqual([
      { _id: 'b', at: 2 },
      { _id: 'a', at: 2 },
    ]);
    expect((await things().where({ tags: 'y' }).count()).total).toBe(3);
    expect(
      (
        await things()
          .where({ _id: /^[ab]$/ })
          .count()
      ).total,
    ).toBe(2);
  });

  it('keeps numbers, nulls, nested objects and arrays through the EJSON round trip', async () => {
    const document = { _id: 'n', at: 1_735_000_000_123, ratio: 0.5, none: null, nested: { empty: {}, list: [1, 'a'] } };
    await things().add(document);
    expect((await things().doc('n').get()).data).toEqual([document]);
  });

  it('updates with operators and counts only documents that changed', async () => {
    const _ = db.command;
    await things().add({ _id: 'a', group: 1, n: 1, list: [1] });
    await things().add({ _id: 'b', group: 1, n: 5, list: [] });
    await things().add({ _id: 'c', group: 2, n: 1, list: [] });

    expect(
      (
        await things()
          .where({ group: 1 })
          .update({ n: _.inc(1), list: _.push(9) })
      ).updated,
    ).toBe(2);
    expect((await things().where({ group: 1, n: 2 }).update({ n: 2 })).updated).toBe(0);
    expect(
      (
        await things()
          .doc('c')
          .update({ n: _.remove(), nested: { x: 1 } })
      ).updated,
    ).toBe(1);
    expect((await things().doc('missing').update({ n: 1 })).updated).toBe(0);

    const stored = inspectMemoryDb(db).documents('things');
    expect(stored).toEqual([
      { _id: 'a', group: 1, n: 2, list: [1, 9] },
      { _id: 'b', group: 1, n: 6, list: [9] },
      { _id: 'c', group: 2, list: [], nested: { x: 1 } },
    ]);
  });

  it('updates one document atomically under a condition', async () => {
    const _ = db.command;
    await things().add({ _id: 'slot', remaining: 2 });
    const takes = await Promise.all(
      Array.from({ length: 5 }, () =>
        things()
          .where({ _id: 'slot', remaining: _.gt(0) })
          .update({ remaining: _.inc(-1) }),
      ),
    );
    expect(takes.filter((t) => t.updated === 1)).toHaveLength(2);
    expect((await things().doc('slot').get()).data[0].remaining).toBe(0);
  });

  it('replaces or inserts a whole document with set()', async () => {
    await things().doc('s').set({ a: 1, b: 2 });
    await things().doc('s').set({ a: 3 });
    expect((await things().doc('s').get()).data).toEqual([{ _id: 's', a: 3 }]);
  });

  it('removes one document or every match', async () => {
    await addNumbered(5);
    expect((await things().doc('t0000').remove()).deleted).toBe(1);
    expect(
      (
        await things()
          .where({ n: db.command.gte(3) })
          .remove()
      ).deleted,
    ).toBe(2);
    expect((await things().count()).total).toBe(2);
  });

  it('refuses collections that do not exist and creating one twice', async () => {
    await expect(db.collection('nope').get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(db.collection('nope').add({ a: 1 })).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(db.createCollection('things')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
  });

  it('refuses what it does not implement instead of faking it', async () => {
    await expect(db.runTransaction(async () => undefined)).rejects.toThrow(/does not support/);
    // Aggregation: only the stages node-sdk's Aggregate has and the figures use (sample is not, nor a
    // $lookup with a pipeline).
    await expect(things().aggregate().sample({ size: 1 }).end()).rejects.toThrow(/does not support/);
    await expect(things().aggregate().lookup({ from: 'things', pipeline: [], as: 'x' }).end()).rejects.toThrow(
      /does not support/,
    );
  });

  it('joins with $lookup after a $match as MongoDB does', async () => {
    await db.createCollection('parts');
    await things().add([{ _id: 'a', name: 'A' }, { _id: 'b' }]);
    await db.collection('parts').add([
      { _id: 'p1', thing: 'a' },
      { _id: 'p2', thing: 'a' },
      { _id: 'p3', thing: 'b' },
    ]);
    const joined = await things()
      .aggregate()
      .match({ _id: 'a' })
      .lookup({ from: 'parts', localField: '_id', foreignField: 'thing', as: 'parts' })
      .end();
    expect((joined as { data: unknown }).data).toEqual([
      {
        _id: 'a',
        name: 'A',
        parts: [
          { _id: 'p1', thing: 'a' },
          { _id: 'p2', thing: 'a' },
        ],
      },
    ]);
    await expect(
      things().aggregate().lookup({ from: 'nope', localField: '_id', foreignField: 'x', as: 'y' }).end(),
    ).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  });

  it('keeps each fresh db apart', async () => {
    const other = freshMemoryDb();
    await other.createCollection('things');
    await things().add({ _id: 'mine' });
    expect((await other.collection('things').count()).total).toBe(0);
  });

  it('matches equalities and $in on array fields and inside $and as MongoDB does (the first cut keeps them)', async () => {
    const _ = db.command;
    await things().add({ _id: 'a', tags: ['x', 'y'], k: 1 });
    await things().add({ _id: 'b', tags: 'x', k: 2 });
    await things().add({ _id: 'c', tags: ['z'], k: 1 });
    const ids = async (query: object) =>
      ((await things().where(query).get()).data as { _id: string }[]).map((d) => d._id).sort();
    expect(await ids({ tags: 'x' })).toEqual(['a', 'b']);
    expect(await ids({ tags: _.in(['z', 'y']) })).toEqual(['a', 'c']);
    expect(await ids({ k: 1, tags: 'x' })).toEqual(['a']);
    expect(await ids(_.and([{ k: 1 }, { tags: _.in(['z']) }]))).toEqual(['c']);
    expect(await ids({ k: _.in([2, 3]) })).toEqual(['b']);
  });

  it('interleaves concurrent requests in an order its seed decides, the same each time', async () => {
    async function arrivalOrder(seed: number): Promise<number[]> {
      const shuffled = freshMemoryDb({ interleaving: { random: seededRandom(seed) } });
      await shuffled.createCollection('things');
      await Promise.all(Array.from({ length: 20 }, (_, i) => shuffled.collection('things').add({ _id: `t${i}`, i })));
      return inspectMemoryDb(shuffled)
        .requests.filter((r) => r.action === 'database.insertDocument')
        .map((r) => (EJSON.parse((r.params.data as string[])[0]) as { i: number }).i);
    }
    const first = await arrivalOrder(7);
    expect(first).toHaveLength(20);
    expect(first).not.toEqual([...first].sort((a, b) => a - b));
    expect(await arrivalOrder(7)).toEqual(first);
    expect(await arrivalOrder(8)).not.toEqual(first);
  });
});
