import type { Page } from '../../../cloudfunctions/lib/ports/storage';
import type { CursorPosition } from '@domain/pagination';
import { collectIds } from './contractHelpers';
import { aComment } from '../../support/builders/matters';
import type { CommentRecord, CommentRepository } from '../../../cloudfunctions/lib/ports/matters';
import { matterSteps, type MattersStorage } from './mattersFixtures';

/**
 * Comments: threads and replies, official replies, flags and moderation. Part of the 居民说事 storage
 * contract (mattersContract.ts): called inside its describe, with the storage its beforeEach
 * opened.
 */
export function describeCommentsContract(current: () => MattersStorage): void {
  const { createMatter, reload } = matterSteps(current);
  let comments: CommentRepository;
  beforeEach(() => {
    ({ comments } = current());
  });

  describe('comments', () => {
    async function createComment(overrides: Partial<CommentRecord>): Promise<CommentRecord> {
      const comment = aComment(overrides);
      await comments.create(comment);
      return comment;
    }

    it('round-trips a comment and counts only visible ones on the matter, bumping its activity', async () => {
      await createMatter({ id: 'm1', lastActivityAt: 1000 });
      const reply = aComment({
        id: 'k2',
        parentId: 'k1',
        official: true,
        authorId: 'u-cadre',
        body: '已联系物业，本周处理。',
        flagCount: 0,
        createdAt: 3000,
      });
      await createComment({ id: 'k1', createdAt: 2000 });
      await comments.create(reply);
      expect(await comments.findById('k2')).toEqual(reply);
      expect(await comments.findById('missing')).toBeNull();
      expect(await reload('m1')).toMatchObject({ commentCount: 2, lastActivityAt: 3000 });

      await createComment({ id: 'k3', state: 'pending_review', createdAt: 4000 });
      await createComment({ id: 'k4', state: 'hidden', createdAt: 5000 });
      expect(await reload('m1')).toMatchObject({ commentCount: 2, lastActivityAt: 3000 });
      expect(await comments.findById('k3')).toEqual(aComment({ id: 'k3', state: 'pending_review', createdAt: 4000 }));
    });

    it('counts concurrent visible comments exactly', async () => {
      await createMatter({ id: 'm1' });
      await Promise.all(Array.from({ length: 20 }, (_, i) => createComment({ id: `k${i}`, createdAt: 2000 + i })));
      expect((await reload('m1')).commentCount).toBe(20);
    });

    it('lists top-level comments oldest first with their replies oldest first, page by page', async () => {
      await createMatter({ id: 'm1' });
      await createMatter({ id: 'm2' });
      await createComment({ id: 'k1', createdAt: 100 });
      await createComment({ id: 'k3', createdAt: 200 });
      await createComment({ id: 'k2', createdAt: 200 });
      await createComment({ id: 'k4', createdAt: 300, state: 'hidden' });
      await createComment({ id: 'k5', createdAt: 400, state: 'pending_review' });
      await createComment({ id: 'r1', parentId: 'k1', createdAt: 500 });
      await createComment({ id: 'r2', parentId: 'k1', createdAt: 150, official: true });
      await createComment({ id: 'r4', parentId: 'k3', createdAt: 250 });
      await createComment({ id: 'r3', parentId: 'k3', createdAt: 250 });
      await createComment({ id: 'x1', matterId: 'm2', createdAt: 50 });

      const pages: Page<CommentRecord & { replies: CommentRecord[] }>[] = [];
      let after: CursorPosition | null = null;
      do {
        const page = await comments.listThreads('m1', after, 2);
        expect(page.items.length).toBeLessThanOrEqual(2);
        pages.push(page);
        after = page.next;
      } while (after && pages.length < 10);
      const threads = pages.flatMap((p) => p.items);
      expect(threads.map((t) => t.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
      expect(pages[0].next).toEqual({ at: 200, id: 'k2' });
      const replies = Object.fromEntries(threads.map((t) => [t.id, t.replies.map((r) => r.id)]));
      expect(replies).toEqual({ k1: ['r2', 'r1'], k2: [], k3: ['r3', 'r4'], k4: [], k5: [] });
      expect(threads[0]).toEqual({
        ...aComment({ id: 'k1', createdAt: 100 }),
        replies: [
          aComment({ id: 'r2', parentId: 'k1', createdAt: 150, official: true }),
          aComment({ id: 'r1', parentId: 'k1', createdAt: 500 }),
        ],
      });
      expect((await comments.listThreads('m-none', null, 5)).items).toEqual([]);
    });

    it('pages a matter with hundreds of comments the same way from its first page on', async () => {
      await createMatter({ id: 'm1' });
      const expected: string[] = [];
      for (let i = 0; i < 150; i += 1) {
        const id = `k${String(i).padStart(3, '0')}`;
        expected.push(id);
        await createComment({ id, createdAt: 1000 + i });
        await createComment({ id: `r${id}`, parentId: id, createdAt: 5000 + i });
      }
      const seen: string[] = [];
      let after: CursorPosition | null = null;
      do {
        const page: Page<CommentRecord & { replies: CommentRecord[] }> = await comments.listThreads('m1', after, 40);
        for (const thread of page.items) {
          expect(thread.replies.map((r) => r.id)).toEqual([`r${thread.id}`]);
          seen.push(thread.id);
        }
        after = page.next;
      } while (after);
      expect(seen).toEqual(expected);
    });

    it('keeps commentCount equal to the visible comments through state changes', async () => {
      await createMatter({ id: 'm1' });
      await createComment({ id: 'k1' });
      await createComment({ id: 'k2' });
      await createComment({ id: 'k3', state: 'pending_review' });
      const count = async () => (await reload('m1')).commentCount;
      expect(await count()).toBe(2);

      expect(await comments.setState('k1', 'hidden')).toBe(true);
      expect(await count()).toBe(1);
      expect(await comments.setState('k1', 'hidden')).toBe(true);
      expect(await count()).toBe(1);
      expect(await comments.setState('k1', 'visible')).toBe(true);
      expect(await count()).toBe(2);
      expect(await comments.setState('k1', 'visible')).toBe(true);
      expect(await count()).toBe(2);
      expect(await comments.setState('k3', 'visible')).toBe(true);
      expect(await count()).toBe(3);
      expect(await comments.setState('k2', 'pending_review')).toBe(true);
      expect(await count()).toBe(2);
      expect(await comments.setState('k2', 'hidden')).toBe(true);
      expect(await count()).toBe(2);
      expect((await comments.findById('k2'))?.state).toBe('hidden');
      expect(await comments.setState('missing', 'hidden')).toBe(false);
    });

    it('counts a concurrent hide of the same comment once', async () => {
      await createMatter({ id: 'm1' });
      await createComment({ id: 'k1' });
      await createComment({ id: 'k2' });
      await Promise.all(Array.from({ length: 5 }, () => comments.setState('k1', 'hidden')));
      expect((await reload('m1')).commentCount).toBe(1);
    });

    it('counts what an author wrote at or after a time, in every state', async () => {
      await createMatter({ id: 'm1' });
      await createComment({ id: 'k1', authorId: 'u1', createdAt: 100 });
      await createComment({ id: 'k2', authorId: 'u1', createdAt: 200, state: 'pending_review' });
      await createComment({ id: 'k3', authorId: 'u1', createdAt: 300, parentId: 'k1' });
      await createComment({ id: 'k4', authorId: 'u2', createdAt: 300 });
      expect(await comments.countByAuthorSince('u1', 200)).toBe(2);
      expect(await comments.countByAuthorSince('u1', 0)).toBe(3);
      expect(await comments.countByAuthorSince('u1', 301)).toBe(0);
    });

    it('takes one flag per user per comment and clears them after review', async () => {
      await createMatter({ id: 'm1' });
      await createComment({ id: 'k1' });
      expect(await comments.addFlag('k1', 'a', '辱骂', 100)).toEqual({ added: true, flagCount: 1 });
      expect(await comments.addFlag('k1', 'a', '辱骂', 101)).toEqual({ added: false, flagCount: 1 });
      const concurrent = await Promise.all(['b', 'c', 'b'].map((u) => comments.addFlag('k1', u, '广告', 102)));
      expect(concurrent.filter((r) => r.added)).toHaveLength(2);
      expect((await comments.findById('k1'))?.flagCount).toBe(3);
      expect(await comments.findFlag('k1', 'a')).toEqual({ reason: '辱骂', at: 100 });
      expect(await comments.findFlag('k1', 'nobody')).toBeNull();
      await comments.clearFlags('k1');
      expect((await comments.findById('k1'))?.flagCount).toBe(0);
      expect(await comments.findFlag('k1', 'a')).toBeNull();
      expect(await comments.addFlag('k1', 'd', '广告', 200)).toEqual({ added: true, flagCount: 1 });
    });

    it('queues pending and flagged comments of a community, oldest first, page by page', async () => {
      await createMatter({ id: 'm1' });
      await createComment({ id: 'k1', state: 'pending_review', createdAt: 300 });
      await createComment({ id: 'k2', state: 'pending_review', createdAt: 100 });
      await createComment({ id: 'k3', state: 'pending_review', createdAt: 100 });
      await createComment({ id: 'k4', createdAt: 50 });
      await createComment({ id: 'k5', state: 'pending_review', createdAt: 10, communityId: 'c2' });
      await createComment({ id: 'k6', state: 'hidden', createdAt: 20 });
      await createComment({ id: 'k7', createdAt: 400 });
      const queue = (kind: 'pending' | 'flagged') =>
        collectIds((after) => comments.moderationQueue('c1', kind, after, 2), 2);
      expect(await queue('pending')).toEqual(['k2', 'k3', 'k1']);
      expect((await comments.moderationQueue('c1', 'pending', null, 2)).next).toEqual({ at: 100, id: 'k3' });

      for (const id of ['k7', 'k4', 'k6', 'k5', 'k1']) await comments.addFlag(id, 'u-flagger', '广告', 500);
      // Hidden comments with flags wait for review too (3 flags hide a comment until then).
      expect(await queue('flagged')).toEqual(['k6', 'k4', 'k1', 'k7']);
      await comments.clearFlags('k4');
      expect(await queue('flagged')).toEqual(['k6', 'k1', 'k7']);
    });
  });
}
