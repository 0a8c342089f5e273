import { collectionNames } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { ascending, type CollectionSetup } from '../../../cloudfunctions/lib/adapters/cloudbase/indexSpecs';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from './cloudbaseRequests';

/** A collection declaring exactly these indexes (each a list of ascending fields). */
function setupWith(...indexes: string[][]): CollectionSetup {
  return {
    permission: 'ADMINONLY',
    idHolds: 'test',
    indexes: indexes.map((fields) => ({
      name: fields.join('_'),
      fields: fields.map(ascending),
      unique: false,
      serves: 'test',
    })),
  };
}

/** The queries of `send` that the indexes leave unserved. */
async function unserved(
  send: (db: Awaited<ReturnType<typeof openWithDb>>['db']) => Promise<unknown>,
  setup: CollectionSetup,
) {
  const { db } = await openWithDb();
  const from = inspectMemoryDb(db).requests.length;
  await send(db);
  return queriesWithoutIndex(inspectMemoryDb(db).requests.slice(from), { [collectionNames().slots]: setup });
}

describe('the CloudBase index check', () => {
  const slots = (db: Awaited<ReturnType<typeof openWithDb>>['db']) => db.collection(collectionNames().slots);

  it('reads the conditions of a top-level _.and([...]) in an aggregate $match', async () => {
    const send = (db: Awaited<ReturnType<typeof openWithDb>>['db']) => {
      const _ = db.command;
      const match = _.and([
        { communityId: _.in(['a', 'b']) },
        { date: _.gte('2026-01-01') },
        { date: _.lte('2026-12-31') },
      ]);
      return slots(db).aggregate().match(match).end();
    };
    expect(await unserved(send, setupWith(['communityId', 'date']))).toEqual([]);
    expect(await unserved(send, setupWith(['date', 'communityId']))).toHaveLength(1);
    expect(await unserved(send, setupWith(['cadreId', 'date']))).toHaveLength(1);
  });

  it("reads both the fields beside a field's .and(...) and the bounds inside it", async () => {
    // The SDK writes { date: _.gte(a).and(_.lte(b)), communityId } as { communityId, $and: [...] }.
    const send = (db: Awaited<ReturnType<typeof openWithDb>>['db']) => {
      const _ = db.command;
      return slots(db)
        .where({ date: _.gte('2026-01-01').and(_.lte('2026-12-31')), communityId: 'a' })
        .get();
    };
    expect(await unserved(send, setupWith(['communityId', 'date']))).toEqual([]);
    // The range on date is not an equality: an index leading with it does not serve the pinned community.
    expect(await unserved(send, setupWith(['date', 'communityId']))).toHaveLength(1);
    expect(await unserved(send, setupWith(['communityId', 'mode']))).toHaveLength(1);
  });

  it('reads an _.and nested in an _.and', async () => {
    const send = (db: Awaited<ReturnType<typeof openWithDb>>['db']) => {
      const _ = db.command;
      return slots(db)
        .where(_.and([_.and([{ communityId: 'a' }, { date: _.gte('2026-01-01') }]), { mode: 'home' }]))
        .get();
    };
    expect(await unserved(send, setupWith(['communityId', 'mode', 'date']))).toEqual([]);
    expect(await unserved(send, setupWith(['date', 'mode']))).toHaveLength(1);
  });
});
