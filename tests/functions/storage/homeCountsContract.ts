import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { aComment, aConsultation, aMatter, anEntry } from '../../support/builders/matters';
import { aUser } from '../../support/builders/users';
import { aRecord } from '../../support/builders/visits';

/**
 * What the role homes count (ports/homeCounts.ts), the same on every engine. Each count is asked
 * of a community (or a cadre) with a neighbour's rows beside it, so a count that ignored its
 * filter would be caught.
 */
export function describeHomeCountsContract(adapterName: string, openEmpty: () => Promise<Storage>): void {
  describe(`home counts storage contract: ${adapterName}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await openEmpty();
    });
    afterEach(async () => {
      await storage.close();
    });

    async function createMatter(overrides: Parameters<typeof aMatter>[0]) {
      const matter = aMatter(overrides);
      await storage.matters.create(
        matter,
        anEntry({ id: `t-${matter.id}`, matterId: matter.id, toState: matter.state }),
      );
    }

    const escalation = (dueDate: string, respondedAt: number | null = null) => ({
      level: 'street' as const,
      department: '街道城管科',
      dueDate,
      note: '',
      escalatedAt: 1000,
      response: respondedAt ? '已答复' : '',
      respondedAt,
    });

    it('counts the four moderation queues of one community', async () => {
      for (const communityId of ['c1', 'c2']) {
        await createMatter({ id: `${communityId}-p1`, communityId, state: 'pending_review' });
        await createMatter({ id: `${communityId}-f1`, communityId, flagCount: 2 });
      }
      await createMatter({ id: 'c1-p2', communityId: 'c1', state: 'pending_review' });
      await createMatter({ id: 'c1-hidden', communityId: 'c1', state: 'hidden', flagCount: 3 });
      await createMatter({ id: 'c1-open', communityId: 'c1' });
      await storage.comments.create(aComment({ id: 'k1', matterId: 'c1-open', state: 'pending_review' }));
      await storage.comments.create(aComment({ id: 'k2', matterId: 'c1-open', flagCount: 1 }));
      await storage.comments.create(aComment({ id: 'k3', matterId: 'c1-open' }));
      await storage.comments.create(
        aComment({ id: 'k4', matterId: 'c2-f1', communityId: 'c2', state: 'pending_review' }),
      );

      expect(await storage.homeCounts.moderationCounts('c1')).toEqual({
        pendingMatters: 2,
        flaggedMatters: 2,
        pendingComments: 1,
        flaggedComments: 1,
      });
      expect(await storage.homeCounts.moderationCounts('c-none')).toEqual({
        pendingMatters: 0,
        flaggedMatters: 0,
        pendingComments: 0,
        flaggedComments: 0,
      });
    });

    it('counts and lists the escalations left unanswered past their due date, longest overdue first', async () => {
      const escalated = { state: 'escalated' as const };
      await createMatter({ id: 'late-2', ...escalated, escalation: escalation('2026-12-01') });
      await createMatter({ id: 'late-1', ...escalated, escalation: escalation('2026-11-20') });
      await createMatter({ id: 'due-today', ...escalated, escalation: escalation('2026-12-05') });
      await createMatter({ id: 'answered', ...escalated, escalation: escalation('2026-11-01', 2000) });
      await createMatter({ id: 'elsewhere', communityId: 'c2', ...escalated, escalation: escalation('2026-11-01') });
      // Answered, then the committee moved on: the old due date no longer binds anyone.
      await createMatter({ id: 'moved-on', state: 'consulting', escalation: escalation('2026-11-01') });

      expect(await storage.homeCounts.countOverdueEscalations('c1', '2026-12-05')).toBe(2);
      const listed = await storage.homeCounts.listOverdueEscalations('c1', '2026-12-05', 5);
      expect(listed.map((m) => m.id)).toEqual(['late-1', 'late-2']);
      expect(listed[0]).toEqual(aMatter({ id: 'late-1', ...escalated, escalation: escalation('2026-11-20') }));
      expect((await storage.homeCounts.listOverdueEscalations('c1', '2026-12-05', 1)).map((m) => m.id)).toEqual([
        'late-1',
      ]);
    });

    it("lists a community's meetings of one day, earliest first", async () => {
      await createMatter({ id: 'm1' });
      await createMatter({ id: 'm2', communityId: 'c2' });
      const meeting = (id: string, scheduledAt: number, communityId = 'c1', matterId = 'm1') =>
        aConsultation({ id, scheduledAt, communityId, matterId, place: `会议室${id}` });
      for (const c of [
        meeting('q-late', 5000),
        meeting('q-early', 3000),
        meeting('q-before', 999),
        meeting('q-after', 10_000),
        meeting('q-other', 4000, 'c2', 'm2'),
      ])
        await storage.consultations.create(c);

      expect(await storage.homeCounts.consultationsBetween('c1', 1000, 10_000, 10)).toEqual([
        { id: 'q-early', matterId: 'm1', scheduledAt: 3000, place: '会议室q-early' },
        { id: 'q-late', matterId: 'm1', scheduledAt: 5000, place: '会议室q-late' },
      ]);
      expect(await storage.homeCounts.consultationsBetween('c1', 1000, 10_000, 1)).toHaveLength(1);
    });

    it("counts a cadre's open follow-ups and those past their due date", async () => {
      const followUp = (dueDate: string, state: 'open' | 'closed' = 'open') => ({
        dueDate,
        note: '回访',
        state,
        outcome: '',
        closedAt: null,
      });
      await storage.visitRecords.save(aRecord({ id: 'r1', followUp: followUp('2026-12-01') }));
      await storage.visitRecords.save(aRecord({ id: 'r2', followUp: followUp('2026-12-05') }));
      await storage.visitRecords.save(aRecord({ id: 'r3', followUp: followUp('2026-12-20') }));
      await storage.visitRecords.save(aRecord({ id: 'r4', followUp: followUp('2026-11-01', 'closed') }));
      await storage.visitRecords.save(aRecord({ id: 'r5', followUp: null }));
      await storage.visitRecords.save(aRecord({ id: 'r6', cadreId: 'cadre-2', followUp: followUp('2026-11-01') }));

      expect(await storage.homeCounts.followUpCounts('cadre-1', '2026-12-05')).toEqual({ open: 3, overdue: 1 });
      expect(await storage.homeCounts.followUpCounts('cadre-2', '2026-12-05')).toEqual({ open: 1, overdue: 1 });
      expect(await storage.homeCounts.followUpCounts('cadre-none', '2026-12-05')).toEqual({ open: 0, overdue: 0 });
    });

    it('counts the users of each role, every role answered', async () => {
      const users = [
        aUser({ id: 'u1', openid: 'o1' }),
        aUser({ id: 'u2', openid: 'o2' }),
        aUser({ id: 'u3', openid: 'o3', role: 'cadre', communityIds: ['c1'] }),
        aUser({ id: 'u4', openid: 'o4', role: 'gridWorker', communityIds: ['c1'], gridIds: ['g1'] }),
        aUser({ id: 'u5', openid: 'o5', role: 'department', orgId: 'dep1' }),
      ];
      for (const user of users) await storage.users.createIfAbsent(user);
      expect(await storage.homeCounts.usersByRole()).toEqual({
        resident: 2,
        cadre: 1,
        committee: 0,
        admin: 0,
        gridWorker: 1,
        street: 0,
        department: 1,
        property: 0,
      });
    });
  });
}
