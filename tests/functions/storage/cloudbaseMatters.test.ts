import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { toMatterRecord } from '../../../cloudfunctions/lib/adapters/cloudbase/matterDocuments';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryDbOptions,
} from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { aMatter, anEntry } from '../../support/builders/matters';
import { describeMattersContract, type MattersStorage } from './mattersContract';

/** A new environment: empty database, then the deploy step that creates the collections. */
async function openEmptyMatters(options: MemoryDbOptions = {}): Promise<MattersStorage> {
  const db = freshMemoryDb(options);
  await ensureCloudbaseCollections(db);
  return createCloudbaseStorage(db);
}

describeMattersContract('cloudbase (query builder + mingo)', () => openEmptyMatters());

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeMattersContract('cloudbase with throwOnCode off (query builder + mingo)', () =>
  openEmptyMatters({ throwOnCode: false }),
);

describe('cloudbase matters adapter specifics', () => {
  it('stores matters (their timeline inside) and relations under their own ids', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const { matters } = createCloudbaseStorage(db);
    await matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
    await matters.addSupport('m1', 'u1', 100);
    await matters.addFollow('m1', 'u1', 100);
    await matters.addFlag('m1', 'u2', '广告', 100);

    const server = inspectMemoryDb(db);
    const [stored] = server.documents('mq_matters');
    expect(stored).toMatchObject({
      _id: 'm1',
      supportCount: 1,
      followerCount: 1,
      flagCount: 1,
      timeline: [anEntry({ id: 't1', matterId: 'm1' })],
    });
    expect(stored).not.toHaveProperty('id');
    expect(server.collectionNames()).not.toContain('mq_timeline');
    expect(server.documents('mq_supports')).toEqual([{ _id: 'm1:u1', matterId: 'm1', userId: 'u1', at: 100 }]);
    expect(server.documents('mq_follows')).toEqual([{ _id: 'm1:u1', matterId: 'm1', userId: 'u1', at: 100 }]);
    expect(server.documents('mq_flags')).toEqual([
      { _id: 'm1:u2', matterId: 'm1', userId: 'u2', reason: '广告', at: 100 },
    ]);
  });

  it('reads a matter stored before on-behalf raising (no raisedById field) as raised by its author', () => {
    const { id, raisedById: _dropped, ...fields } = aMatter({ id: 'm-old' });
    expect(toMatterRecord({ _id: id, ...fields, timeline: [] })).toEqual(aMatter({ id: 'm-old' }));
  });

  it('reads a matter stored before 红色代办 for 说事 (no onBehalf field) as not raised for anyone', () => {
    const { id, onBehalf: _dropped, ...fields } = aMatter({ id: 'm-old', raisedById: 'u-cadre' });
    expect(toMatterRecord({ _id: id, ...fields, timeline: [] })).toEqual(
      aMatter({ id: 'm-old', raisedById: 'u-cadre' }),
    );
  });

  it('reads a 代办 record stored without familyId as telling no family member', () => {
    const onBehalf = { staffId: 's1', staffName: '陈秀英', consent: '本人口头同意', residentName: '张桂兰' };
    const { id, ...fields } = aMatter({ id: 'm-early' });
    expect(toMatterRecord({ _id: id, ...fields, onBehalf, timeline: [] }).onBehalf).toEqual({
      ...onBehalf,
      familyId: null,
    });
  });

  it('writes objects in a patch whole, never as dotted paths into a null field', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const { matters } = createCloudbaseStorage(db);
    await matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
    const rating = { score: 5, comment: '', at: 2000 };
    await matters.update('m1', { rating }, 2000);

    const update = inspectMemoryDb(db)
      .requests.filter((r) => r.action === 'database.modifyDocument')
      .pop();
    const data = JSON.parse(update?.params.data as string) as { $set: Record<string, unknown> };
    expect(Object.keys(data.$set).sort()).toEqual(['rating', 'updatedAt']);
    expect((await matters.findById('m1'))?.rating).toEqual(rating);
  });

  it('writes a transition and its timeline entry in one conditional write, or neither', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const { matters } = createCloudbaseStorage(db);
    const server = inspectMemoryDb(db);
    const first = anEntry({ id: 't0', matterId: 'm1', at: 1000 });
    await matters.create(aMatter({ id: 'm1' }), first);
    const approve = anEntry({ id: 't1', matterId: 'm1', at: 2000, fromState: 'open', toState: 'consulting' });

    const before = server.requests.length;
    expect(await matters.transition('m1', 'open', 'consulting', {}, approve)).toBe(true);
    expect(server.requests.slice(before).map((r) => r.action)).toEqual(['database.modifyDocument']);
    // A transition from a state the matter is no longer in changes nothing, entry included.
    const stale = anEntry({ id: 't2', matterId: 'm1', at: 3000, fromState: 'open', toState: 'resolved' });
    expect(await matters.transition('m1', 'open', 'resolved', {}, stale)).toBe(false);

    const record = await matters.findById('m1');
    expect(record?.state).toBe('consulting');
    expect(await matters.timeline('m1')).toEqual([first, approve]);
    // Asked with the record just read: no second read.
    const read = server.requests.length;
    expect(await matters.timeline('m1', record!)).toEqual([first, approve]);
    expect(server.requests.length).toBe(read);
  });

  it('lists more supporters than one get() returns', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const { matters } = createCloudbaseStorage(db);
    await matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
    const users = Array.from({ length: 1234 }, (_, i) => `u${String(i).padStart(4, '0')}`);
    for (const user of users) await matters.addSupport('m1', user, 100);

    expect((await matters.supporterIds('m1')).sort()).toEqual(users);
    expect((await matters.findById('m1'))?.supportCount).toBe(1234);
  });

  it('moves relations in batches, and a repeated move changes nothing', async () => {
    const db = freshMemoryDb();
    await ensureCloudbaseCollections(db);
    const { matters } = createCloudbaseStorage(db);
    await matters.create(aMatter({ id: 'dup' }), anEntry({ id: 't1', matterId: 'dup' }));
    await matters.create(aMatter({ id: 'keep' }), anEntry({ id: 't2', matterId: 'keep' }));
    for (let i = 0; i < 250; i += 1) await matters.addSupport('dup', `u${i}`, i);
    for (let i = 200; i < 300; i += 1) await matters.addSupport('keep', `u${i}`, 1000 + i);

    expect(await matters.moveRelations('dup', 'keep', 9000)).toEqual({ supportCount: 300, followerCount: 0 });
    expect(await matters.moveRelations('dup', 'keep', 9001)).toEqual({ supportCount: 300, followerCount: 0 });
    expect(await matters.supporterIds('dup')).toEqual([]);
    // A moved support keeps the time the user gave it; one the user gave both keeps the kept one's.
    expect(await matters.listByUser('u5', 'supported', null, 5)).toMatchObject({ items: [{ id: 'keep' }] });
    const [moved] = inspectMemoryDb(db)
      .documents('mq_supports')
      .filter((s) => s._id === 'keep:u5');
    expect(moved).toMatchObject({ at: 5 });
    const [kept] = inspectMemoryDb(db)
      .documents('mq_supports')
      .filter((s) => s._id === 'keep:u210');
    expect(kept).toMatchObject({ at: 1210 });
  });

  it.each([true, false])('throws when the database refuses a call (throwOnCode %s)', async (throwOnCode) => {
    // No collections created: CloudBase answers DATABASE_COLLECTION_NOT_EXIST to everything.
    const { matters, comments, consultations } = createCloudbaseStorage(freshMemoryDb({ throwOnCode }));
    const refused = expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    const query = { communityId: 'c1', states: ['open'] as const, sort: 'newest' as const, terms: [], after: null };
    await expect(matters.findById('m1')).rejects.toEqual(refused);
    await expect(matters.list({ ...query, limit: 5 })).rejects.toEqual(refused);
    await expect(matters.countByAuthorSince('u1', 0)).rejects.toEqual(refused);
    await expect(matters.addSupport('m1', 'u1', 1)).rejects.toEqual(refused);
    await expect(matters.removeFollow('m1', 'u1')).rejects.toEqual(refused);
    await expect(matters.transition('m1', 'open', 'hidden', {}, anEntry())).rejects.toEqual(refused);
    await expect(matters.update('m1', { pinned: true }, 1)).rejects.toEqual(refused);
    await expect(matters.timeline('m1')).rejects.toEqual(refused);
    await expect(matters.clearFlags('m1')).rejects.toEqual(refused);
    await expect(comments.listThreads('m1', null, 5)).rejects.toEqual(refused);
    await expect(comments.setState('k1', 'hidden')).rejects.toEqual(refused);
    await expect(comments.addFlag('k1', 'u1', 'x', 1)).rejects.toEqual(refused);
    await expect(consultations.findByMatter('m1')).rejects.toEqual(refused);
    await expect(consultations.update('q1', { outcome: 'x' }, 1)).rejects.toEqual(refused);
  });

  it('refuses page sizes past what one get() can return', async () => {
    const { matters, comments } = await openEmptyMatters();
    await expect(matters.moderationQueue('c1', 'pending', null, 1000)).rejects.toThrow(RangeError);
    await expect(comments.listThreads('m1', null, 1000)).rejects.toThrow(RangeError);
  });
});
