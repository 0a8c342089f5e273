import {
  cloudbaseCollectionSetup,
  collectionNames,
  createCloudbaseStorage,
  ensureCloudbaseCollections,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryDbOptions,
} from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { aUser } from '../../support/builders/users';
import { describePersonalDataContract } from './personalDataContract';
import { describeStorageContract } from './storageContract';

/** A new environment: empty database, then the deploy step that creates the collections. */
async function openEmptyStorage(options: MemoryDbOptions = {}): Promise<Storage> {
  const db = freshMemoryDb(options);
  await ensureCloudbaseCollections(db);
  return createCloudbaseStorage(db);
}

describeStorageContract('cloudbase (query builder + mingo)', () => openEmptyStorage());
describePersonalDataContract('cloudbase (query builder + mingo)', () => openEmptyStorage());

// node-sdk's setThrowOnCode(false) makes the builder return failures instead of throwing them;
// the adapter must behave the same, duplicate inserts included.
describeStorageContract('cloudbase with throwOnCode off (query builder + mingo)', () =>
  openEmptyStorage({ throwOnCode: false }),
);

describe('cloudbase adapter specifics', () => {
  it('reads a directory larger than the 1000 rows one get() returns', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const storage = createCloudbaseStorage(db);
    const total = 2345;
    // Straight into the collection, 500 to a batch insert, as saveCompound stores them (under their
    // id as _id): this test reads a large directory, and 2,345 writes one by one took seconds.
    const compounds = Array.from({ length: total }, (_, i) => ({
      _id: `p${String(i).padStart(5, '0')}`,
      name: `小区${i}`,
      communityId: 'c1',
      gridId: 'g1',
    }));
    for (let start = 0; start < total; start += 500) {
      await db.collection('mq_compounds').add(compounds.slice(start, start + 500));
    }

    const directory = await storage.places.directory();

    expect(directory.compounds).toHaveLength(total);
    expect(new Set(directory.compounds.map((c) => c.id)).size).toBe(total);
    const compoundReads = inspectMemoryDb(db).requests.filter(
      (r) => r.action === 'database.getDocument' && r.collectionName === 'mq_compounds',
    );
    expect(compoundReads).toHaveLength(3);
  });

  it('stores users under their openid and places, audit and claims under their own ids', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const storage = createCloudbaseStorage(db);
    await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));
    await storage.places.saveDistrict({ id: 'd1', name: '任城区' });
    await storage.idempotency.claim('k1', 'f', 1000, 30_000);
    await storage.idempotency.complete('k1', { ok: true, data: {} }, 1001);

    const server = inspectMemoryDb(db);
    expect(server.documents('mq_users')).toEqual([expect.objectContaining({ _id: 'o1', id: 'u1' })]);
    expect(server.documents('mq_users')[0]).not.toHaveProperty('openid');
    expect(server.documents('mq_districts')).toEqual([{ _id: 'd1', name: '任城区' }]);
    expect(server.documents('mq_idempotency')).toEqual([
      expect.objectContaining({ _id: 'k1', status: 'completed', responseJson: '{"ok":true,"data":{}}' }),
    ]);
    // The empty object survives the round trip (the update serializer would drop it as a field).
    expect(await storage.idempotency.claim('k1', 'f', 1002, 30_000)).toEqual({
      state: 'completed',
      response: { ok: true, data: {} },
    });
  });

  it('keeps collections apart by prefix', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db, { prefix: 'a_' });
    await ensureCloudbaseCollections(db, { prefix: 'b_' });
    const first = createCloudbaseStorage(db, { prefix: 'a_' });
    const second = createCloudbaseStorage(db, { prefix: 'b_' });
    await first.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));

    expect(await second.users.findByOpenid('o1')).toBeNull();
    expect(await first.users.findByOpenid('o1')).toMatchObject({ id: 'u1' });
  });

  it('creates collections once and can be asked again', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    await ensureCloudbaseCollections(db);
    expect(inspectMemoryDb(db).collectionNames().sort()).toEqual(Object.values(collectionNames()).sort());
  });

  it.each([true, false])('throws when the database refuses a call (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything.
    const storage = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(storage.users.findByOpenid('o1')).rejects.toEqual(refused);
    await expect(storage.users.createIfAbsent(aUser())).rejects.toEqual(refused);
    await expect(storage.users.list({ after: null, limit: 5 })).rejects.toEqual(refused);
    await expect(storage.places.directory()).rejects.toEqual(refused);
    await expect(storage.places.saveGrid({ id: 'g', name: 'g', communityId: 'c' })).rejects.toEqual(refused);
    await expect(storage.audit.list({ after: null, limit: 5 })).rejects.toEqual(refused);
    await expect(storage.idempotency.claim('k', 'f', 1, 1)).rejects.toEqual(refused);
    await expect(storage.idempotency.release('k')).rejects.toEqual(refused);
  });

  it('keeps a failed claim: its retry takes it over, another input under its id is refused', async () => {
    const storage = await openEmptyStorage();
    await storage.idempotency.claim('k', 'f', 1000, 30_000);
    await storage.idempotency.fail('k', 1001);
    expect(await storage.idempotency.claim('k', 'other', 1002, 30_000)).toEqual({ state: 'mismatch' });
    expect(await storage.idempotency.claim('k', 'f', 1003, 30_000)).toEqual({ state: 'claimed', earlierAttempt: true });
    // A completed claim is never turned into a failed one (complete's reply was lost, then fail ran).
    await storage.idempotency.complete('k', { ok: true }, 1004);
    await storage.idempotency.fail('k', 1005);
    expect(await storage.idempotency.claim('k', 'f', 1006, 30_000)).toEqual({
      state: 'completed',
      response: { ok: true },
    });
  });

  it('keeps the first audit entry of an id: a retried command appends its line once', async () => {
    const storage = await openEmptyStorage();
    const entry = {
      id: 'a1',
      actorId: 'admin',
      actorName: '管理员',
      action: 'assignRole',
      targetType: 'user',
      targetId: 'u1',
      communityId: null,
      before: null,
      after: null,
      at: 1,
    };
    await storage.audit.append(entry);
    await storage.audit.append({ ...entry, at: 2 });
    expect((await storage.audit.list({ after: null, limit: 5 })).items).toEqual([entry]);
  });

  it('refuses to complete a key that was never claimed', async () => {
    const storage = await openEmptyStorage();
    await expect(storage.idempotency.complete('nobody', { ok: true }, 1)).rejects.toThrow(/no claim/);
  });

  it('never releases a completed response', async () => {
    const storage = await openEmptyStorage();
    await storage.idempotency.claim('k', 'f', 1000, 30_000);
    await storage.idempotency.complete('k', { ok: true, data: 1 }, 1001);
    await storage.idempotency.release('k');
    expect(await storage.idempotency.claim('k', 'f', 1002, 30_000)).toEqual({
      state: 'completed',
      response: { ok: true, data: 1 },
    });
  });

  it('gives a stale claim to exactly one of many concurrent retries', async () => {
    const storage = await openEmptyStorage();
    await storage.idempotency.claim('stale', 'f', 1000, 30_000);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => storage.idempotency.claim('stale', 'f', 100_000 + i, 30_000)),
    );
    expect(results.filter((r) => r.state === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(5);
  });

  it('refuses page sizes past what one get() can return', async () => {
    const storage = await openEmptyStorage();
    await expect(storage.audit.list({ after: null, limit: 1000 })).rejects.toThrow(RangeError);
  });

  it('lists every collection in the deploy setup, all admin-only', () => {
    expect(Object.keys(cloudbaseCollectionSetup).sort()).toEqual(Object.keys(collectionNames()).sort());
    for (const setup of Object.values(cloudbaseCollectionSetup)) expect(setup.permission).toBe('ADMINONLY');
  });
});
