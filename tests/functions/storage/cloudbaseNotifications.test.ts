import { cloudbaseCollectionSetup, createCloudbaseStorage } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { freshMemoryDb, inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { failRequests, openWithDb, sentRequests } from './cloudbaseRequests';
import { anInboxEntry, anOutboxRow } from '../../support/builders/notifications';
import { describeNotificationsContract } from './notificationsContract';

describeNotificationsContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeNotificationsContract(
  'cloudbase with throwOnCode off (query builder + mingo)',
  async () => (await openWithDb({ throwOnCode: false })).storage,
);

describe('cloudbase notifications adapter specifics', () => {
  it('writes a notification as one batch insert per collection, each document under its own id', async () => {
    const { db, storage } = await openWithDb();
    const entries = ['i1', 'i2'].map((id) => anInboxEntry({ id }));
    await storage.notifications.record(entries, [anOutboxRow({ id: 'o1' })]);

    expect(sentRequests(db, 'database.insertDocument', 'mq_inbox')).toHaveLength(1);
    expect(sentRequests(db, 'database.insertDocument', 'mq_outbox')).toHaveLength(1);
    expect(
      inspectMemoryDb(db)
        .documents('mq_inbox')
        .map((d) => d._id),
    ).toEqual(['i1', 'i2']);
    expect(inspectMemoryDb(db).documents('mq_outbox')[0]).not.toHaveProperty('id');
  });

  it('writes what is missing when a retried notification finds part of it written', async () => {
    const { db, storage } = await openWithDb();
    // The batch is refused, then so is the first of the one-by-one inserts that follow it.
    failRequests(db, 'database.insertDocument', 'mq_outbox', 'refused', 2);
    const entries = [anInboxEntry({ id: 'i1' })];
    const rows = [anOutboxRow({ id: 'o1' }), anOutboxRow({ id: 'o2', createdAt: 1100 })];

    await expect(storage.notifications.record(entries, rows)).rejects.toThrow('injected failure');
    expect(
      inspectMemoryDb(db)
        .documents('mq_outbox')
        .map((d) => d._id),
    ).toEqual(['o2']);
    await storage.notifications.record(entries, rows);
    expect(inspectMemoryDb(db).documents('mq_inbox')).toHaveLength(1);
    expect((await storage.outbox.listForUser('u1', null, 10)).items.map((r) => r.id)).toEqual(['o2', 'o1']);
  });

  it('falls back to one insert per document when a batch is refused once', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_outbox', 'refused');
    await storage.notifications.record([], [anOutboxRow({ id: 'o1' }), anOutboxRow({ id: 'o2' })]);
    expect(
      inspectMemoryDb(db)
        .documents('mq_outbox')
        .map((d) => d._id),
    ).toEqual(['o1', 'o2']);
  });

  it('keeps a batch that was written although its reply was lost', async () => {
    const { db, storage } = await openWithDb();
    failRequests(db, 'database.insertDocument', 'mq_inbox', 'reply lost');
    await storage.notifications.record([anInboxEntry({ id: 'i1' }), anInboxEntry({ id: 'i2' })], []);
    expect(
      inspectMemoryDb(db)
        .documents('mq_inbox')
        .map((d) => d._id),
    ).toEqual(['i1', 'i2']);
  });

  it('claims with one conditional update on the row’s _id, status and lease', async () => {
    const { db, storage } = await openWithDb();
    await storage.notifications.record([], [anOutboxRow({ id: 'o1' })]);
    await storage.outbox.claim('o1', 'tok', 2000, 60_000);

    const [claim] = sentRequests(db, 'database.modifyDocument', 'mq_outbox');
    expect(claim.query).toEqual({
      $and: [
        { _id: 'o1' },
        {
          $or: [
            { status: 'pending', notBefore: { $lte: 2000 } },
            { status: 'sending', claimedUntil: { $lt: 2000 } },
          ],
        },
      ],
    });
    expect(claim.data).toEqual({
      $set: { status: 'sending', claimToken: 'tok', claimedUntil: 62_000, updatedAt: 2000 },
    });
  });

  it('keeps the digest gate under the key as _id and takes it over conditionally on lastAt', async () => {
    const { db, storage } = await openWithDb();
    await storage.outbox.takeDigest('digest:u1:matter:m1', 'o1', 1000, 3_600_000);
    await storage.outbox.takeDigest('digest:u1:matter:m1', 'o2', 1000 + 3_600_000, 3_600_000);

    expect(inspectMemoryDb(db).documents('mq_digests')).toEqual([
      { _id: 'digest:u1:matter:m1', rowId: 'o2', lastAt: 3_601_000 },
    ]);
    expect(sentRequests(db, 'database.modifyDocument', 'mq_digests')).toEqual([
      {
        query: { _id: 'digest:u1:matter:m1', lastAt: { $lte: 1000 } },
        data: { $set: { rowId: 'o2', lastAt: 3_601_000 } },
      },
    ]);
  });

  it('lists the notification collections with admin-only permission and their indexes', () => {
    for (const key of ['inbox', 'outbox', 'digests', 'subscriptions', 'jobRuns'] as const) {
      expect(cloudbaseCollectionSetup[key].permission).toBe('ADMINONLY');
    }
    const outboxIndexes = cloudbaseCollectionSetup.outbox.indexes.map((index) => index.name);
    expect(outboxIndexes).toContain('status_1_notBefore_1__id_1');
    expect(cloudbaseCollectionSetup.inbox.indexes.map((index) => index.name)).toContain('userId_1_createdAt_-1__id_-1');
  });

  it.each([true, false])('throws when the database refuses a call (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything.
    const storage = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(storage.notifications.record([anInboxEntry()], [])).rejects.toEqual(refused);
    await expect(storage.inbox.list('u1', null, 5)).rejects.toEqual(refused);
    await expect(storage.inbox.markAllRead('u1', 1)).rejects.toEqual(refused);
    await expect(storage.outbox.due(1, 5)).rejects.toEqual(refused);
    await expect(storage.outbox.claim('o1', 't', 1, 1)).rejects.toEqual(refused);
    await expect(storage.outbox.takeDigest('k', 'o1', 1, 1)).rejects.toEqual(refused);
    await expect(storage.subscriptions.grant('u1', 'tpl', 1)).rejects.toEqual(refused);
    await expect(storage.subscriptions.credits('u1')).rejects.toEqual(refused);
    await expect(storage.jobRuns.advance('job', null, 1)).rejects.toEqual(refused);
    await expect(storage.matters.listEscalatedDueBetween('2025-06-01', '2025-06-05', 5)).rejects.toEqual(refused);
    await expect(storage.visitRecords.openFollowUpsDueBetween('2025-06-01', '2025-06-05', 5)).rejects.toEqual(refused);
  });

  it('refuses limits past what one get() can return', async () => {
    const { storage } = await openWithDb();
    await expect(storage.outbox.due(1, 1001)).rejects.toThrow(RangeError);
    await expect(storage.inbox.list('u1', null, 1000)).rejects.toThrow(RangeError);
    await expect(storage.matters.listEscalatedDueBetween('2025-06-01', '2025-06-05', 1001)).rejects.toThrow(RangeError);
  });
});
