import { collectIds, sorted } from './contractHelpers';
import type { MatterRepository } from '../../../cloudfunctions/lib/ports/matters';
import { matterSteps, type MattersStorage } from './mattersFixtures';

/**
 * Supports, follows and flags, and the lists of what a user raised, supports or follows. Part of
 * the 居民说事 storage contract (mattersContract.ts): called inside its describe, with the storage its
 * beforeEach opened.
 */
export function describeMatterRelationsContract(current: () => MattersStorage): void {
  const { createMatter, reload } = matterSteps(current);
  let matters: MatterRepository;
  beforeEach(() => {
    ({ matters } = current());
  });

  describe('matters: supports, follows and flags', () => {
    it('keeps one support per user and counts only real changes', async () => {
      await createMatter({ id: 'm1' });
      expect(await matters.addSupport('m1', 'a', 100)).toBe(true);
      expect(await matters.addSupport('m1', 'a', 101)).toBe(false);
      expect(await matters.addSupport('m1', 'b', 102)).toBe(true);
      expect((await reload('m1')).supportCount).toBe(2);
      expect(sorted(await matters.supporterIds('m1'))).toEqual(['a', 'b']);
      expect(await matters.removeSupport('m1', 'a')).toBe(true);
      expect(await matters.removeSupport('m1', 'a')).toBe(false);
      expect(await matters.removeSupport('m1', 'nobody')).toBe(false);
      expect((await reload('m1')).supportCount).toBe(1);
      expect(await matters.supporterIds('m1')).toEqual(['b']);
      expect(await matters.supporterIds('missing')).toEqual([]);
    });

    it('counts 20 concurrent supports by different users exactly, and one by the same user once', async () => {
      await createMatter({ id: 'm1' });
      await createMatter({ id: 'm2' });
      const users = Array.from({ length: 20 }, (_, i) => `u${i}`);
      const added = await Promise.all(users.map((u) => matters.addSupport('m1', u, 100)));
      expect(added.every(Boolean)).toBe(true);
      expect((await reload('m1')).supportCount).toBe(20);
      expect(sorted(await matters.supporterIds('m1'))).toEqual(sorted(users));

      const same = await Promise.all(Array.from({ length: 10 }, () => matters.addSupport('m2', 'u0', 100)));
      expect(same.filter(Boolean)).toHaveLength(1);
      expect((await reload('m2')).supportCount).toBe(1);

      const removed = await Promise.all(Array.from({ length: 10 }, () => matters.removeSupport('m2', 'u0')));
      expect(removed.filter(Boolean)).toHaveLength(1);
      expect((await reload('m2')).supportCount).toBe(0);
    });

    it('keeps one follow per user, counted in followerCount, also when concurrent', async () => {
      await createMatter({ id: 'm1' });
      expect(await matters.addFollow('m1', 'a', 100)).toBe(true);
      expect(await matters.addFollow('m1', 'a', 101)).toBe(false);
      const users = Array.from({ length: 20 }, (_, i) => `u${i}`);
      await Promise.all(users.map((u) => matters.addFollow('m1', u, 100)));
      const same = await Promise.all(Array.from({ length: 10 }, () => matters.addFollow('m1', 'late', 100)));
      expect(same.filter(Boolean)).toHaveLength(1);
      expect((await reload('m1')).followerCount).toBe(22);
      expect(sorted(await matters.followerIds('m1'))).toEqual(sorted(['a', 'late', ...users]));
      expect(await matters.removeFollow('m1', 'a')).toBe(true);
      expect(await matters.removeFollow('m1', 'a')).toBe(false);
      expect((await reload('m1')).followerCount).toBe(21);
      expect((await reload('m1')).supportCount).toBe(0);
    });

    it('tells a user’s relation to a matter', async () => {
      await createMatter({ id: 'm1' });
      await createMatter({ id: 'm2' });
      await matters.addSupport('m1', 'a', 100);
      await matters.addFollow('m1', 'b', 100);
      await matters.addFlag('m1', 'c', '不实信息', 100);
      await matters.addSupport('m2', 'c', 100);
      expect(await matters.relationOf('m1', 'a')).toEqual({ supported: true, following: false });
      expect(await matters.relationOf('m1', 'b')).toEqual({ supported: false, following: true });
      // A flag is neither: it goes to the committee, not to the page.
      expect(await matters.relationOf('m1', 'c')).toEqual({ supported: false, following: false });
      expect(await matters.relationOf('m2', 'a')).toEqual({ supported: false, following: false });
    });

    it('takes one flag per user and reports the count after each call', async () => {
      await createMatter({ id: 'm1' });
      expect(await matters.addFlag('m1', 'a', '广告', 100)).toEqual({ added: true, flagCount: 1 });
      expect(await matters.addFlag('m1', 'a', '广告', 101)).toEqual({ added: false, flagCount: 1 });
      expect(await matters.addFlag('m1', 'b', '辱骂', 102)).toEqual({ added: true, flagCount: 2 });
      const concurrent = await Promise.all(['c', 'd', 'e', 'c'].map((u) => matters.addFlag('m1', u, '广告', 103)));
      expect(concurrent.filter((r) => r.added)).toHaveLength(3);
      expect((await reload('m1')).flagCount).toBe(5);
      await matters.clearFlags('m1');
      expect((await reload('m1')).flagCount).toBe(0);
      // Flags after a review count from zero.
      expect(await matters.addFlag('m1', 'f', '广告', 200)).toEqual({ added: true, flagCount: 1 });
    });

    it('moves supports and follows into the kept matter on a merge, counting people once', async () => {
      await createMatter({ id: 'dup' });
      await createMatter({ id: 'keep' });
      await matters.addSupport('dup', 'both', 100);
      await matters.addSupport('dup', 'dup-only', 101);
      await matters.addSupport('keep', 'both', 102);
      await matters.addSupport('keep', 'keep-only', 103);
      await matters.addFollow('dup', 'both', 100);
      await matters.addFollow('dup', 'follower', 101);
      await matters.addFollow('keep', 'both', 102);

      expect(await matters.moveRelations('dup', 'keep', 9000)).toEqual({ supportCount: 3, followerCount: 2 });

      expect(await reload('keep')).toMatchObject({ supportCount: 3, followerCount: 2 });
      expect(await reload('dup')).toMatchObject({ supportCount: 0, followerCount: 0 });
      expect(sorted(await matters.supporterIds('keep'))).toEqual(['both', 'dup-only', 'keep-only']);
      expect(sorted(await matters.followerIds('keep'))).toEqual(['both', 'follower']);
      expect(await matters.supporterIds('dup')).toEqual([]);
      expect(await matters.followerIds('dup')).toEqual([]);
      expect(await matters.relationOf('dup', 'both')).toMatchObject({ supported: false, following: false });
      expect(await matters.relationOf('keep', 'dup-only')).toMatchObject({ supported: true, following: false });
      // The merged supports still count one each: removing and re-adding is exact.
      expect(await matters.addSupport('keep', 'both', 9100)).toBe(false);
      expect(await matters.removeSupport('keep', 'dup-only')).toBe(true);
      expect((await reload('keep')).supportCount).toBe(2);
    });

    it('recomputes merged counts from the rows, whatever the stored counts said', async () => {
      await createMatter({ id: 'dup', supportCount: 9, followerCount: 9 });
      await createMatter({ id: 'keep', supportCount: 7, followerCount: 7 });
      await matters.addSupport('dup', 'a', 100);
      await matters.addSupport('keep', 'b', 100);
      expect(await matters.moveRelations('dup', 'keep', 9000)).toEqual({ supportCount: 2, followerCount: 0 });
      expect(await reload('keep')).toMatchObject({ supportCount: 2, followerCount: 0 });
      expect(await reload('dup')).toMatchObject({ supportCount: 0, followerCount: 0 });
    });
  });

  describe('matters: a user’s own lists', () => {
    it('lists what a user raised, newest first, in every state, page by page', async () => {
      await createMatter({ id: 'm1', authorId: 'u', createdAt: 100 });
      await createMatter({ id: 'm2', authorId: 'u', createdAt: 300, state: 'pending_review' });
      await createMatter({ id: 'm3', authorId: 'u', createdAt: 300, state: 'rejected' });
      await createMatter({ id: 'm4', authorId: 'u', createdAt: 200, communityId: 'c2' });
      await createMatter({ id: 'm5', authorId: 'other', createdAt: 400 });
      const ids = await collectIds((after) => matters.listByUser('u', 'raised', after, 2), 2);
      expect(ids).toEqual(['m3', 'm2', 'm4', 'm1']);
      expect((await matters.listByUser('u', 'raised', null, 2)).next).toEqual({ at: 300, id: 'm2' });
    });

    it('lists what a user supports or follows, newest relation first, page by page', async () => {
      for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) await createMatter({ id, createdAt: 10 });
      await matters.addSupport('m1', 'u', 100);
      await matters.addSupport('m2', 'u', 300);
      await matters.addSupport('m3', 'u', 200);
      await matters.addSupport('m4', 'u', 300);
      await matters.addSupport('m5', 'someone', 500);
      await matters.addFollow('m5', 'u', 50);
      await matters.addFollow('m1', 'u', 60);

      const supported = await collectIds((after) => matters.listByUser('u', 'supported', after, 2), 2);
      expect(supported).toEqual(['m4', 'm2', 'm3', 'm1']);
      const firstPage = await matters.listByUser('u', 'supported', null, 2);
      expect(firstPage.next).toEqual({ at: 300, id: 'm2' });
      expect(firstPage.items[0]).toEqual(await reload('m4'));

      await matters.removeSupport('m2', 'u');
      expect(await collectIds((after) => matters.listByUser('u', 'supported', after, 3), 3)).toEqual([
        'm4',
        'm3',
        'm1',
      ]);
      expect(await collectIds((after) => matters.listByUser('u', 'following', after, 1), 1)).toEqual(['m1', 'm5']);
      expect((await matters.listByUser('nobody', 'following', null, 5)).items).toEqual([]);
    });
  });
}
