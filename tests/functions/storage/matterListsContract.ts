import { collectIds } from './contractHelpers';
import type {
  MatterListQuery,
  MatterRecord,
  MatterRepository,
  MatterSort,
} from '../../../cloudfunctions/lib/ports/matters';
import { matterSteps, type MattersStorage } from './mattersFixtures';

/**
 * The community lists of matters (filters, orders, pages) and the moderation queue. Part of the
 * 居民说事 storage contract (mattersContract.ts): called inside its describe, with the storage its
 * beforeEach opened.
 */
export function describeMatterListsContract(current: () => MattersStorage): void {
  const { createMatter, reload } = matterSteps(current);
  let matters: MatterRepository;
  beforeEach(() => {
    ({ matters } = current());
  });

  describe('matters: lists', () => {
    const sortValue: Record<MatterSort, (m: MatterRecord) => number> = {
      newest: (m) => m.createdAt,
      active: (m) => m.lastActivityAt,
      supported: (m) => m.supportCount,
    };

    /** The order every adapter must produce: sort value descending, then id descending. */
    function expectedOrder(records: MatterRecord[], sort: MatterSort): string[] {
      const value = sortValue[sort];
      return [...records]
        .sort((a, b) => value(b) - value(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map((m) => m.id);
    }

    function aQuery(overrides: Partial<MatterListQuery> = {}): MatterListQuery {
      return { communityId: 'c1', states: ['open'], sort: 'newest', terms: [], after: null, limit: 50, ...overrides };
    }

    async function listIds(overrides: Partial<MatterListQuery>): Promise<string[]> {
      return collectIds((after) => matters.list(aQuery({ ...overrides, after })), overrides.limit ?? 50);
    }

    it.each<MatterSort>(['newest', 'active', 'supported'])(
      'pages through sort %s without gaps or repeats, equal sort values broken by id descending',
      async (sort) => {
        // Groups of equal sort values straddle the page boundaries (page size 3 or 4).
        const records: MatterRecord[] = [];
        for (let i = 0; i < 11; i += 1) {
          records.push(
            await createMatter({
              id: `m${String(i).padStart(2, '0')}`,
              createdAt: 1000 + Math.floor(i / 3),
              lastActivityAt: 9000 - Math.floor(i / 4),
              supportCount: i % 3,
            }),
          );
        }
        const expected = expectedOrder(records, sort);
        expect(await listIds({ sort, limit: 3 })).toEqual(expected);
        expect(await listIds({ sort, limit: 4 })).toEqual(expected);
        expect(await listIds({ sort, limit: 50 })).toEqual(expected);

        const first = await matters.list(aQuery({ sort, limit: 3 }));
        const last = first.items[2];
        expect(first.next).toEqual({ at: sortValue[sort](last), id: last.id });
      },
    );

    it('lists only the community and the states asked for', async () => {
      await createMatter({ id: 'm1', state: 'open', createdAt: 1 });
      await createMatter({ id: 'm2', state: 'consulting', createdAt: 2 });
      await createMatter({ id: 'm3', state: 'pending_review', createdAt: 3 });
      await createMatter({ id: 'm4', state: 'hidden', createdAt: 4 });
      await createMatter({ id: 'm5', state: 'open', communityId: 'c2', createdAt: 5 });
      expect(await listIds({ states: ['open', 'consulting'] })).toEqual(['m2', 'm1']);
      expect(await listIds({ states: ['pending_review'] })).toEqual(['m3']);
      expect(await listIds({ states: ['open'], communityId: 'c2' })).toEqual(['m5']);
      expect(await listIds({ states: ['resolved'] })).toEqual([]);
    });

    it('filters by category and by pinned', async () => {
      await createMatter({ id: 'm1', category: 'parking', pinned: true, createdAt: 1 });
      await createMatter({ id: 'm2', category: 'parking', createdAt: 2 });
      await createMatter({ id: 'm3', category: 'noise', pinned: true, createdAt: 3 });
      await createMatter({ id: 'm4', category: 'noise', state: 'consulting', createdAt: 4 });
      await createMatter({ id: 'm5', category: 'parking', state: 'hidden', pinned: true, createdAt: 5 });
      const states = ['open', 'consulting'] as const;
      expect(await listIds({ states, category: 'parking' })).toEqual(['m2', 'm1']);
      expect(await listIds({ states, category: 'noise' })).toEqual(['m4', 'm3']);
      expect(await listIds({ states, pinned: true })).toEqual(['m3', 'm1']);
      expect(await listIds({ states, pinned: false })).toEqual(['m4', 'm2']);
      expect(await listIds({ states, pinned: true, category: 'parking' })).toEqual(['m1']);
      expect(await listIds({ states, pinned: false, category: 'noise', sort: 'active' })).toEqual(['m4']);
      expect(await listIds({ states, category: 'safety' })).toEqual([]);
    });

    it('reads a first page as it opens: the pinned lead, then the first page of the others, as list pages them', async () => {
      const states = ['open', 'consulting'] as const;
      for (let i = 0; i < 7; i += 1) {
        await createMatter({ id: `m${i}`, createdAt: 100 + i, pinned: i === 2 || i === 5, category: 'parking' });
      }
      await createMatter({ id: 'x-pinned-hidden', state: 'hidden', pinned: true, createdAt: 200 });
      await createMatter({ id: 'x-other-community', communityId: 'c2', pinned: true, createdAt: 201 });
      const base = { communityId: 'c1', states, sort: 'newest' as const, terms: [], limit: 3 };

      const first = await matters.listFirstPage(base, 10);
      expect(first.pinned.map((m) => m.id)).toEqual(['m5', 'm2']);
      const others = await matters.list({ ...base, pinned: false, after: null });
      expect(first.others).toEqual(others);
      expect(first.others.items.map((m) => m.id)).toEqual(['m6', 'm4', 'm3']);
      const rest = await matters.list({ ...base, pinned: false, after: first.others.next });
      expect(rest.items.map((m) => m.id)).toEqual(['m1', 'm0']);

      // Filters apply to both halves; more pinned than shown: the newest of them, and still the others.
      expect((await matters.listFirstPage({ ...base, category: 'noise' }, 10)).pinned).toEqual([]);
      const few = await matters.listFirstPage(base, 1);
      expect(few.pinned.map((m) => m.id)).toEqual(['m5']);
      expect(few.others).toEqual(others);
      expect(await matters.listFirstPage({ ...base, states: [] }, 10)).toEqual({
        pinned: [],
        others: { items: [], next: null },
      });
    });

    it('keeps matters whose title contains every term, taking wildcard characters literally', async () => {
      const titles: Record<string, string> = {
        m1: '东门小区停车难',
        m2: '停车位被占用',
        m3: '夜间噪音扰民',
        m4: '车库漏水 100%严重',
        m5: 'A_B 通道堵塞',
        m6: 'AxB 通道',
        m7: '路灯\\坏了',
        m8: '电梯(2号楼).*',
      };
      for (const [id, title] of Object.entries(titles)) await createMatter({ id, title, createdAt: Number(id[1]) });
      expect(await listIds({ terms: ['停车'] })).toEqual(['m2', 'm1']);
      expect(await listIds({ terms: ['停车', '小区'] })).toEqual(['m1']);
      expect(await listIds({ terms: ['小区', '噪音'] })).toEqual([]);
      expect(await listIds({ terms: ['车'] })).toEqual(['m4', 'm2', 'm1']);
      expect(await listIds({ terms: ['%'] })).toEqual(['m4']);
      expect(await listIds({ terms: ['_'] })).toEqual(['m5']);
      expect(await listIds({ terms: ['A_B'] })).toEqual(['m5']);
      expect(await listIds({ terms: ['\\'] })).toEqual(['m7']);
      expect(await listIds({ terms: ['('] })).toEqual(['m8']);
      expect(await listIds({ terms: ['.*'] })).toEqual(['m8']);
      expect(await listIds({ terms: ['通道'], sort: 'active', limit: 1 })).toEqual(['m6', 'm5']);
      expect(await listIds({ terms: [] })).toHaveLength(8);
    });

    it('orders by support as supports come and go', async () => {
      await createMatter({ id: 'm1', createdAt: 1 });
      await createMatter({ id: 'm2', createdAt: 2 });
      await createMatter({ id: 'm3', createdAt: 3 });
      for (const user of ['a', 'b', 'c']) await matters.addSupport('m1', user, 10);
      await matters.addSupport('m2', 'a', 10);
      expect(await listIds({ sort: 'supported' })).toEqual(['m1', 'm2', 'm3']);
      await matters.removeSupport('m1', 'a');
      await matters.removeSupport('m1', 'b');
      await matters.addSupport('m3', 'a', 11);
      await matters.addSupport('m3', 'b', 11);
      expect(await listIds({ sort: 'supported' })).toEqual(['m3', 'm2', 'm1']);
    });

    it('recentInCategory returns the most recently active matters of a community, category and states', async () => {
      await createMatter({ id: 'm1', category: 'noise', lastActivityAt: 500 });
      await createMatter({ id: 'm2', category: 'noise', lastActivityAt: 900 });
      await createMatter({ id: 'm3', category: 'noise', lastActivityAt: 700, state: 'consulting' });
      await createMatter({ id: 'm4', category: 'noise', lastActivityAt: 990, state: 'closed' });
      await createMatter({ id: 'm5', category: 'parking', lastActivityAt: 999 });
      await createMatter({ id: 'm6', category: 'noise', lastActivityAt: 999, communityId: 'c2' });
      await createMatter({ id: 'm7', category: 'noise', lastActivityAt: 700 });
      const ids = async (limit: number) =>
        (await matters.recentInCategory('c1', 'noise', ['open', 'consulting'], limit)).map((m) => m.id);
      expect(await ids(10)).toEqual(['m2', 'm7', 'm3', 'm1']);
      expect(await ids(2)).toEqual(['m2', 'm7']);
      const [first] = await matters.recentInCategory('c1', 'noise', ['closed'], 5);
      expect(first).toEqual(await reload('m4'));
    });

    it('lists rejected matters of every community with photos, last changed by a time, oldest first', async () => {
      const photo = { fileId: 'cloud://env/p.jpg', status: 'rejected' as const };
      await createMatter({ id: 'm-old', state: 'rejected', photos: [photo], updatedAt: 100 });
      await createMatter({ id: 'm-west', communityId: 'c2', state: 'rejected', photos: [photo], updatedAt: 50 });
      await createMatter({ id: 'm-edge', state: 'rejected', photos: [photo], updatedAt: 300 });
      await createMatter({ id: 'm-late', state: 'rejected', photos: [photo], updatedAt: 301 });
      await createMatter({ id: 'm-bare', state: 'rejected', photos: [], updatedAt: 100 });
      await createMatter({ id: 'm-open', state: 'open', photos: [photo], updatedAt: 100 });
      const ids = async (limit: number) =>
        (await matters.listRejectedWithPhotosBefore(300, limit)).map((matter) => matter.id);
      expect(await ids(10)).toEqual(['m-west', 'm-old', 'm-edge']);
      expect(await ids(2)).toEqual(['m-west', 'm-old']);
    });

    it('counts what an author raised at or after a time', async () => {
      await createMatter({ id: 'm1', authorId: 'u1', createdAt: 100 });
      await createMatter({ id: 'm2', authorId: 'u1', createdAt: 200, state: 'pending_review' });
      await createMatter({ id: 'm3', authorId: 'u1', createdAt: 300, state: 'hidden' });
      await createMatter({ id: 'm4', authorId: 'u2', createdAt: 300 });
      expect(await matters.countByAuthorSince('u1', 200)).toBe(2);
      expect(await matters.countByAuthorSince('u1', 0)).toBe(3);
      expect(await matters.countByAuthorSince('u1', 301)).toBe(0);
      expect(await matters.countByAuthorSince('nobody', 0)).toBe(0);
    });
  });

  describe('matters: moderation queue', () => {
    it('pending holds the community’s matters awaiting review, oldest first, page by page', async () => {
      await createMatter({ id: 'm1', state: 'pending_review', createdAt: 300 });
      await createMatter({ id: 'm2', state: 'pending_review', createdAt: 100 });
      await createMatter({ id: 'm3', state: 'pending_review', createdAt: 200 });
      await createMatter({ id: 'm4', state: 'pending_review', createdAt: 200 });
      await createMatter({ id: 'm5', state: 'open', createdAt: 50 });
      await createMatter({ id: 'm6', state: 'pending_review', createdAt: 10, communityId: 'c2' });
      const ids = await collectIds((after) => matters.moderationQueue('c1', 'pending', after, 2), 2);
      expect(ids).toEqual(['m2', 'm3', 'm4', 'm1']);
      const first = await matters.moderationQueue('c1', 'pending', null, 2);
      expect(first.next).toEqual({ at: 200, id: 'm3' });
    });

    it('flagged holds flagged matters, hidden ones included, oldest first, until the flags are cleared', async () => {
      await createMatter({ id: 'm1', createdAt: 300 });
      await createMatter({ id: 'm2', createdAt: 100, state: 'consulting' });
      await createMatter({ id: 'm3', createdAt: 200, state: 'hidden' });
      await createMatter({ id: 'm4', createdAt: 150 });
      await createMatter({ id: 'm5', createdAt: 100, communityId: 'c2' });
      for (const id of ['m1', 'm2', 'm3', 'm5']) await matters.addFlag(id, 'u-flagger', '广告', 400);
      const queue = () => collectIds((after) => matters.moderationQueue('c1', 'flagged', after, 1), 1);
      expect(await queue()).toEqual(['m2', 'm3', 'm1']);
      await matters.clearFlags('m2');
      expect(await queue()).toEqual(['m3', 'm1']);
      expect((await reload('m2')).flagCount).toBe(0);
    });
  });
}
