import type { Page } from '../../../cloudfunctions/lib/ports/storage';
import { byId, collectIds, sorted } from './contractHelpers';
import { aMatter, anEntry, aComment, aConsultation } from '../../support/builders/matters';
import type { CursorPosition } from '@domain/pagination';
import type {
  CommentRecord,
  CommentRepository,
  ConsultationRepository,
  MatterListQuery,
  MatterRecord,
  MatterRepository,
  MatterSort,
} from '../../../cloudfunctions/lib/ports/matters';

export interface MattersStorage {
  matters: MatterRepository;
  comments: CommentRepository;
  consultations: ConsultationRepository;
  close(): Promise<void>;
}

/**
 * The behaviour every adapter of ports/matters.ts must have. Adapter-neutral on purpose: no
 * engine details and no timing; "concurrent" means calls started together with Promise.all,
 * which is how two function instances hit the same rows in production.
 *
 * Readings of the port pinned here (where its comments leave room):
 * - Oldest-first orders (moderation queues, threads, replies, timeline) break ties by id ascending;
 *   newest-first orders (lists, listByUser, recentInCategory) by id descending.
 * - Both moderation queues are ordered by the record's createdAt, and their cursor `at` is createdAt.
 * - transition bumps updatedAt to the timeline entry's time (the port gives it no other clock).
 * - listThreads and listByUser return records in every state: visibility is the service's call.
 * - countByAuthorSince counts records created at or after `since`.
 * - comments.setState is true whenever the comment exists (a same-state call changes nothing).
 * - consultations.findByMatter's "latest" is the most recently created.
 * - findByIds returns the found records in no particular order and skips unknown ids.
 */
export function describeMattersContract(adapterName: string, openEmpty: () => Promise<MattersStorage>): void {
  describe(`matters storage contract: ${adapterName}`, () => {
    let storage: MattersStorage;
    let matters: MatterRepository;
    let comments: CommentRepository;
    let consultations: ConsultationRepository;

    beforeEach(async () => {
      storage = await openEmpty();
      ({ matters, comments, consultations } = storage);
    });

    afterEach(async () => {
      await storage.close();
    });

    /** Creates a matter with a matching first timeline entry. */
    async function createMatter(overrides: Partial<MatterRecord> = {}): Promise<MatterRecord> {
      const matter = aMatter(overrides);
      await matters.create(
        matter,
        anEntry({ id: `t-${matter.id}-0`, matterId: matter.id, at: matter.createdAt, toState: matter.state }),
      );
      return matter;
    }

    async function reload(id: string): Promise<MatterRecord> {
      const found = await matters.findById(id);
      if (!found) throw new Error(`matter ${id} vanished`);
      return found;
    }

    describe('matters: records', () => {
      it('round-trips every field through create, findById and findByIds', async () => {
        const full = aMatter({
          id: 'm-full',
          communityId: 'c-east',
          authorId: 'u-zhang',
          raisedById: 'u-cadre-liu',
          anonymous: true,
          title: '3号楼楼道灯坏了',
          body: '晚上很黑，老人上下楼不安全。',
          category: 'safety',
          gridId: 'g1',
          compoundId: 'p1',
          building: '3号楼2单元',
          photos: [
            { fileId: 'cloud://env/a.jpg', status: 'passed' },
            { fileId: 'cloud://env/b.jpg', status: 'checking' },
            { fileId: 'cloud://env/c.jpg', status: 'rejected' },
          ],
          state: 'escalated',
          stateBeforeHidden: 'open',
          needsReview: true,
          rejectionReason: '重复提交',
          supportCount: 4,
          commentCount: 2,
          followerCount: 3,
          flagCount: 1,
          pinned: true,
          mergedIntoId: 'm-other',
          resolvedAt: 7000,
          rating: { score: 4, comment: '修得很快', at: 8000 },
          escalation: {
            level: 'district',
            department: '区住建局',
            dueDate: '2025-06-30',
            note: '需要更换线路',
            escalatedAt: 6000,
            response: '已安排',
            respondedAt: 6500,
          },
          createdAt: 1000,
          updatedAt: 8000,
          lastActivityAt: 8000,
        });
        const bare = aMatter({ id: 'm-bare' });
        const awaiting = aMatter({ id: 'm-awaiting', escalation: { ...full.escalation!, respondedAt: null } });
        for (const matter of [full, bare, awaiting]) {
          await matters.create(matter, anEntry({ id: `t-${matter.id}`, matterId: matter.id }));
        }

        expect(await matters.findById('m-full')).toEqual(full);
        expect(await matters.findById('m-bare')).toEqual(bare);
        expect(await matters.findById('m-awaiting')).toEqual(awaiting);
        expect(await matters.findById('missing')).toBeNull();
        const found = await matters.findByIds(['m-bare', 'missing', 'm-full']);
        expect(byId(found)).toEqual([bare, full]);
        expect(await matters.findByIds([])).toEqual([]);
      });

      it('records the first timeline entry with the matter', async () => {
        const entry = anEntry({
          id: 't1',
          matterId: 'm1',
          at: 1000,
          transition: 'submit',
          fromState: null,
          toState: 'pending_review',
          actorId: 'u-author',
          actorRole: 'resident',
          note: '内容需人工审核',
        });
        await matters.create(aMatter({ id: 'm1', state: 'pending_review' }), entry);
        expect(await matters.timeline('m1')).toEqual([entry]);
        expect(await matters.timeline('missing')).toEqual([]);
      });

      it('update changes fields that are not the state, bumps updatedAt, and is false for an unknown matter', async () => {
        const before = await createMatter({ id: 'm1', rating: { score: 2, comment: '', at: 1500 } });
        const photos = [{ fileId: 'f1', status: 'passed' as const }];
        expect(await matters.update('m1', { pinned: true, photos, rating: null, lastActivityAt: 1900 }, 2000)).toBe(
          true,
        );
        expect(await reload('m1')).toEqual({
          ...before,
          pinned: true,
          photos,
          rating: null,
          lastActivityAt: 1900,
          updatedAt: 2000,
        });
        expect(await matters.update('missing', { pinned: true }, 2000)).toBe(false);
      });
    });

    describe('matters: transitions', () => {
      it('moves from the expected state, applies the patch, bumps updatedAt and appends to the timeline', async () => {
        const before = await createMatter({ id: 'm1', state: 'pending_review', needsReview: true });
        const approve = anEntry({
          id: 't1',
          matterId: 'm1',
          at: 2000,
          transition: 'approve',
          fromState: 'pending_review',
          toState: 'open',
          actorId: 'u-committee',
          actorRole: 'committee',
        });
        expect(
          await matters.transition(
            'm1',
            'pending_review',
            'open',
            { needsReview: false, lastActivityAt: 2000 },
            approve,
          ),
        ).toBe(true);
        expect(await reload('m1')).toEqual({
          ...before,
          state: 'open',
          needsReview: false,
          lastActivityAt: 2000,
          updatedAt: 2000,
        });

        const escalation = {
          level: 'street' as const,
          department: '古槐街道城管科',
          dueDate: '2025-07-01',
          note: '',
          escalatedAt: 3000,
          response: '',
          respondedAt: null,
        };
        const escalate = anEntry({ id: 't2', matterId: 'm1', at: 3000, fromState: 'open', toState: 'escalated' });
        expect(await matters.transition('m1', 'open', 'escalated', { escalation }, escalate)).toBe(true);
        const escalated = await reload('m1');
        expect(escalated).toMatchObject({ state: 'escalated', escalation, updatedAt: 3000, lastActivityAt: 2000 });
        expect((await matters.timeline('m1')).map((t) => t.id)).toEqual(['t-m1-0', 't1', 't2']);
        expect((await matters.timeline('m1'))[1]).toEqual(approve);
      });

      it('refuses when the state is no longer the expected one and changes nothing', async () => {
        await createMatter({ id: 'm1', state: 'consulting' });
        const before = await reload('m1');
        const entry = anEntry({ id: 't1', matterId: 'm1', at: 2000, fromState: 'open', toState: 'hidden' });
        expect(
          await matters.transition('m1', 'open', 'hidden', { stateBeforeHidden: 'open', pinned: true }, entry),
        ).toBe(false);
        expect(await reload('m1')).toEqual(before);
        expect((await matters.timeline('m1')).map((t) => t.id)).toEqual(['t-m1-0']);
        expect(
          await matters.transition('missing', 'open', 'hidden', {}, anEntry({ id: 't2', matterId: 'missing' })),
        ).toBe(false);
        expect(await matters.timeline('missing')).toEqual([]);
      });

      it('lets exactly one of many concurrent transitions from the same state win', async () => {
        await createMatter({ id: 'm1', state: 'open' });
        const targets = ['consulting', 'hidden', 'rejected', 'escalated', 'referred', 'closed_unresolved'] as const;
        const results = await Promise.all(
          targets.map((to, i) =>
            matters.transition(
              'm1',
              'open',
              to,
              { rejectionReason: `reason ${i}` },
              anEntry({ id: `t${i}`, matterId: 'm1', at: 2000 + i, fromState: 'open', toState: to }),
            ),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect(await reload('m1')).toMatchObject({ state: targets[winner], rejectionReason: `reason ${winner}` });
        expect((await matters.timeline('m1')).map((t) => t.id)).toEqual(['t-m1-0', `t${winner}`]);
      });

      it('returns the timeline in time order whatever the ids', async () => {
        await createMatter({ id: 'm1', state: 'open', createdAt: 1000 });
        const steps = [
          { id: 'z-first', from: 'open', to: 'consulting', at: 2000 },
          { id: 'a-second', from: 'consulting', to: 'resolved', at: 3000 },
          { id: 'm-third', from: 'resolved', to: 'closed', at: 4000 },
        ] as const;
        for (const step of steps) {
          const entry = anEntry({ id: step.id, matterId: 'm1', at: step.at, fromState: step.from, toState: step.to });
          expect(await matters.transition('m1', step.from, step.to, {}, entry)).toBe(true);
        }
        const timeline = await matters.timeline('m1');
        expect(timeline.map((t) => t.id)).toEqual(['t-m1-0', 'z-first', 'a-second', 'm-third']);
        expect(timeline.map((t) => t.toState)).toEqual(['open', 'consulting', 'resolved', 'closed']);
      });
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
        expect(await matters.relationOf('m1', 'a')).toEqual({ supported: true, following: false, flagged: false });
        expect(await matters.relationOf('m1', 'b')).toEqual({ supported: false, following: true, flagged: false });
        expect(await matters.relationOf('m1', 'c')).toEqual({ supported: false, following: false, flagged: true });
        expect(await matters.relationOf('m2', 'a')).toEqual({ supported: false, following: false, flagged: false });
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

    describe('consultations', () => {
      beforeEach(async () => {
        await createMatter({ id: 'm1' });
        await createMatter({ id: 'm2' });
      });

      it('round-trips a consultation and finds the latest one of a matter', async () => {
        const first = aConsultation({ id: 'q-b', createdAt: 1000, scheduledAt: 9000 });
        const latest = aConsultation({
          id: 'q-a',
          createdAt: 2000,
          scheduledAt: 8000,
          invitedResidentIds: [],
          departments: [],
          cadreIds: [],
          actions: [],
        });
        const other = aConsultation({ id: 'q-c', matterId: 'm2', createdAt: 3000 });
        for (const c of [first, latest, other]) await consultations.create(c);
        expect(await consultations.findById('q-b')).toEqual(first);
        expect(await consultations.findById('q-a')).toEqual(latest);
        expect(await consultations.findById('missing')).toBeNull();
        expect(await consultations.findByMatter('m1')).toEqual(latest);
        expect(await consultations.findByMatter('m2')).toEqual(other);
        expect(await consultations.findByMatter('m-none')).toBeNull();
      });

      it('updates minutes, actions and outcome, keeping the rest, and is false for an unknown one', async () => {
        const before = aConsultation({ id: 'q1' });
        await consultations.create(before);
        const actions = [
          {
            id: 'a1',
            description: '重新划定停车位',
            owner: '物业公司',
            dueDate: '2025-06-30',
            state: 'doing' as const,
          },
          { id: 'a2', description: '增设充电桩', owner: '社区居委会', dueDate: '2025-07-15', state: 'todo' as const },
        ];
        const patch = { minutes: '居民代表12人参加', actions, outcome: '达成一致', place: '社区会议室' };
        expect(await consultations.update('q1', patch, 5000)).toBe(true);
        expect(await consultations.findById('q1')).toEqual({ ...before, ...patch, updatedAt: 5000 });
        expect(await consultations.update('q1', { scheduledAt: 7000, agenda: '改期' }, 6000)).toBe(true);
        expect(await consultations.findById('q1')).toEqual({
          ...before,
          ...patch,
          scheduledAt: 7000,
          agenda: '改期',
          updatedAt: 6000,
        });
        expect(await consultations.update('missing', { outcome: 'x' }, 5000)).toBe(false);
      });
    });
  });
}
