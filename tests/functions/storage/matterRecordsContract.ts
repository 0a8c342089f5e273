import { byId } from './contractHelpers';
import { aMatter, anEntry } from '../../support/builders/matters';
import type { MatterRepository } from '../../../cloudfunctions/lib/ports/matters';
import { matterSteps, type MattersStorage } from './mattersFixtures';

/**
 * Matters one by one: every field stored and read back, counters, and state transitions with their
 * timeline. Part of the 居民说事 storage contract (mattersContract.ts): called inside its describe,
 * with the storage its beforeEach opened.
 */
export function describeMatterRecordsContract(current: () => MattersStorage): void {
  const { createMatter, reload } = matterSteps(current);
  let matters: MatterRepository;
  beforeEach(() => {
    ({ matters } = current());
  });

  describe('matters: records', () => {
    it('round-trips every field through create, findById and findByIds', async () => {
      const full = aMatter({
        id: 'm-full',
        communityId: 'c-east',
        authorId: 'u-zhang',
        raisedById: 'u-cadre-liu',
        onBehalf: {
          staffId: 'u-cadre-liu',
          staffName: '刘建国',
          consent: '本人口头同意',
          residentName: '张桂兰',
          familyId: 'u-son',
        },
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

    it('lets the author follow the matter from its creation, counted once', async () => {
      const matter = aMatter({ id: 'm1', authorId: 'u-author', followerCount: 0, createdAt: 1000 });
      await matters.create(matter, anEntry({ id: 't1', matterId: 'm1' }), { authorFollows: true });
      expect(await matters.findById('m1')).toEqual({ ...matter, followerCount: 1 });
      expect(await matters.followerIds('m1')).toEqual(['u-author']);
      expect(await matters.relationOf('m1', 'u-author')).toMatchObject({ following: true });
      // Following again (a retried raise) neither adds a follow nor counts one more.
      expect(await matters.addFollow('m1', 'u-author', 2000)).toBe(false);
      expect((await matters.findById('m1'))?.followerCount).toBe(1);
      // Without it, nobody follows.
      await matters.create(aMatter({ id: 'm2', authorId: 'u-author' }), anEntry({ id: 't2', matterId: 'm2' }));
      expect(await matters.followerIds('m2')).toEqual([]);
    });

    it('update changes fields that are not the state, bumps updatedAt, and is false for an unknown matter', async () => {
      const before = await createMatter({ id: 'm1', rating: { score: 2, comment: '', at: 1500 } });
      const photos = [{ fileId: 'f1', status: 'passed' as const }];
      expect(await matters.update('m1', { pinned: true, photos, rating: null, lastActivityAt: 1900 }, 2000)).toBe(true);
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
        await matters.transition('m1', 'pending_review', 'open', { needsReview: false, lastActivityAt: 2000 }, approve),
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
      expect(await matters.transition('m1', 'open', 'hidden', { stateBeforeHidden: 'open', pinned: true }, entry)).toBe(
        false,
      );
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
}
