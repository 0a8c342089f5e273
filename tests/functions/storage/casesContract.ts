import type { CaseRepository } from '../../../cloudfunctions/lib/ports/casework';
import {
  DEPARTMENT,
  DISPATCH_AT,
  HOUR_MS,
  PROPERTY,
  aCase,
  aFullCase,
  acceptBy,
  feedbackBy,
  passBy,
  returnWith,
} from '../../support/builders/cases';
import { describeCaseListsContract } from './caseListsContract';

export interface CaseStorage {
  cases: CaseRepository;
  close(): Promise<void>;
}

const T = DISPATCH_AT;
const users = (n: number) => Array.from({ length: n }, (_, i) => `u-prop-${String(i + 1).padStart(2, '0')}`);

/**
 * The behaviour every adapter of ports/casework.ts must have (SQLite and the CloudBase fake).
 * "Concurrent" means calls started together with Promise.all.
 */
export function describeCasesContract(adapterName: string, openEmpty: () => Promise<CaseStorage>): void {
  describe(`cases storage contract: ${adapterName}`, () => {
    let storage: CaseStorage;
    let cases: CaseRepository;
    beforeEach(async () => {
      storage = await openEmpty();
      ({ cases } = storage);
    });
    afterEach(async () => {
      await storage.close();
    });

    it('keeps every field of a case, and a retried create returns the first', async () => {
      for (const record of [aCase(), aFullCase()]) {
        expect(await cases.create(record)).toEqual(record);
        expect(await cases.findById(record.id)).toEqual(record);
        expect(await cases.create({ ...record, dispatchedBy: 'u-other', dueAt: record.dueAt + 1 })).toEqual(record);
      }
      expect(await cases.findById('missing')).toBeNull();
      expect(await cases.findOpenForMatter('m-full')).toEqual(aFullCase());
      expect(await cases.listForMatter('m1')).toEqual([aCase()]);
    });

    it('of 50 concurrent accepts by users of the holder, exactly one wins; its retry is answered', async () => {
      await cases.create(aCase());
      const results = await Promise.all(users(50).map((u) => cases.change('k1', acceptBy(u), T + 60_000)));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!;
      expect(winner).toMatchObject({ state: 'accepted', acceptedAt: T + 60_000, updatedAt: T + 60_000 });
      expect(await cases.findById('k1')).toEqual(winner);
      expect(await cases.change('k1', acceptBy(winner.acceptedBy!, T + 90_000), T + 90_000)).toEqual(winner);
      const loser = users(50).find((u) => u !== winner.acceptedBy)!;
      expect(await cases.change('k1', acceptBy(loser, T + 90_000), T + 90_000)).toBeNull();
    });

    it('applies a step only while the named body holds the case', async () => {
      await cases.create(aCase());
      expect(await cases.change('k1', { ...acceptBy('u-dept-1'), holder: { ...DEPARTMENT } }, T + 1)).toBeNull();
      expect(await cases.change('k1', { ...acceptBy('u-dept-1'), from: [] }, T + 1)).toBeNull();
      expect(await cases.findById('k1')).toEqual(aCase());
    });

    it('a returned case cannot be handled: a change from accepted fails on it', async () => {
      await cases.create(aCase());
      const returned = await cases.change('k1', returnWith('不属于本物业管理范围'), T + HOUR_MS);
      expect(returned).toMatchObject({ state: 'returned', returnReason: '不属于本物业管理范围' });
      expect(await cases.change('k1', feedbackBy('u-prop-01'), T + 2 * HOUR_MS)).toBeNull();
      expect(await cases.change('k1', acceptBy('u-prop-01'), T + 2 * HOUR_MS)).toBeNull();
      expect(await cases.findById('k1')).toEqual(returned);
      expect(await cases.findOpenForMatter('m1')).toEqual(returned);
    });

    it('refuses verification by the handler; another verifier closes the case and frees the matter', async () => {
      await cases.create(aCase());
      await cases.change('k1', acceptBy('u-prop-01'), T + 60_000);
      const handled = await cases.change('k1', feedbackBy('u-prop-01'), T + HOUR_MS);
      expect(handled).toMatchObject({ state: 'handled', feedback: { by: 'u-prop-01', photoIds: ['ph1'] } });
      expect(await cases.change('k1', passBy('u-prop-01'), T + 2 * HOUR_MS)).toBeNull();
      expect(await cases.findById('k1')).toEqual(handled);
      const verified = await cases.change('k1', passBy('u-grid-1'), T + 2 * HOUR_MS);
      expect(verified).toMatchObject({ state: 'verified', verification: { outcome: 'passed', by: 'u-grid-1' } });
      expect(await cases.change('k1', passBy('u-grid-1', T + 3 * HOUR_MS), T + 3 * HOUR_MS)).toEqual(verified);
      expect(await cases.findOpenForMatter('m1')).toBeNull();
      const again = aCase({ id: 'k2', dispatchedAt: T + 5 * HOUR_MS, dueAt: T + 200 * HOUR_MS });
      expect(await cases.create(again)).toEqual(again);
    });

    it('of concurrent dispatches of one matter, one creates its case and the others get null', async () => {
      const records = ['k1', 'k2', 'k3', 'k4', 'k5'].map((id) => aCase({ id }));
      const results = await Promise.all(records.map((record) => cases.create(record)));
      const created = results.filter((r) => r !== null);
      expect(created).toHaveLength(1);
      expect(await cases.findOpenForMatter('m1')).toEqual(created[0]);
      expect(await cases.listForMatter('m1')).toEqual(created);
      expect(await cases.create(aCase({ id: 'k9' }))).toBeNull();
    });

    it('re-routes a returned case: the old one is final, the new one holds the matter; a retry answers both', async () => {
      await cases.create(aCase());
      await cases.change('k1', returnWith('应由城管处理'), T + HOUR_MS);
      const next = aCase({
        id: 'k2',
        holder: { ...DEPARTMENT },
        dispatchedAt: T + 2 * HOUR_MS,
        dueAt: T + 170 * HOUR_MS,
        dispatchedBy: 'u-street',
        previousCaseId: 'k1',
      });
      const astray = { ...next, previousCaseId: 'k-other' };
      await expect(cases.reroute('k1', { from: ['returned'], withdrawReason: '改派' }, astray, T)).rejects.toThrow(
        RangeError,
      );
      expect(await cases.findById('k1')).toMatchObject({ state: 'returned' });
      const rerouted = await cases.reroute('k1', { from: ['returned'], withdrawReason: '改派' }, next, T + 2 * HOUR_MS);
      expect(rerouted?.next).toEqual(next);
      expect(rerouted?.previous).toMatchObject({ state: 'withdrawn', withdrawReason: '改派', nextReminderAt: null });
      expect(await cases.findOpenForMatter('m1')).toEqual(next);
      expect((await cases.listForMatter('m1')).map((c) => [c.id, c.state])).toEqual([
        ['k1', 'withdrawn'],
        ['k2', 'dispatched'],
      ]);
      expect(await cases.reroute('k1', { from: ['returned'], withdrawReason: '改派' }, next, T + 3 * HOUR_MS)).toEqual(
        rerouted,
      );
      const third = aCase({ id: 'k3', previousCaseId: 'k2', dispatchedAt: T + 4 * HOUR_MS });
      expect(
        await cases.reroute('k2', { from: ['returned'], withdrawReason: '改派' }, third, T + 4 * HOUR_MS),
      ).toBeNull();
      expect(await cases.findById('k3')).toBeNull();
      expect(await cases.create(aCase({ id: 'k4', dispatchedAt: T + 5 * HOUR_MS }))).toBeNull();
    });

    it('answers a retried 挂账 with the stored case, but not another plan, nor a refused timer step', async () => {
      await cases.create(aCase());
      await cases.change('k1', acceptBy('u-prop-01'), T + 60_000);
      const markLongTerm = (reviewAt: number) => ({
        from: ['accepted'] as const,
        holder: { ...PROPERTY },
        patch: { state: 'long_term' as const, longTerm: { plan: '明年春季改造', reviewAt }, nextReminderAt: null },
      });
      const marked = await cases.change('k1', markLongTerm(T + 900 * HOUR_MS), T + HOUR_MS);
      expect(marked).toMatchObject({ state: 'long_term', nextReminderAt: null, updatedAt: T + HOUR_MS });
      expect(await cases.change('k1', markLongTerm(T + 900 * HOUR_MS), T + 2 * HOUR_MS)).toEqual(marked);
      expect(await cases.change('k1', markLongTerm(T + 901 * HOUR_MS), T + 2 * HOUR_MS)).toBeNull();
      const timer = { from: ['dispatched', 'accepted'] as const, patch: { nextReminderAt: null } };
      expect(await cases.change('k1', timer, T + 3 * HOUR_MS)).toBeNull();
    });

    it('takes one extension request per dispatch, and one decision of it', async () => {
      await cases.create(aCase());
      await cases.change('k1', acceptBy('u-prop-01'), T + 60_000);
      const ask = (hours: number) => ({
        from: ['accepted'] as const,
        holder: { ...PROPERTY },
        extensionIs: 'none' as const,
        patch: {
          extension: {
            hours,
            reason: '需采购灯具',
            requestedAt: T + HOUR_MS,
            requestedBy: 'u-prop-01',
            decision: 'pending' as const,
            decidedAt: null,
            decidedBy: null,
          },
        },
      });
      expect(await cases.change('k1', ask(24), T + HOUR_MS)).toMatchObject({ extension: { hours: 24 } });
      expect(await cases.change('k1', ask(48), T + HOUR_MS)).toBeNull();
      const decide = (by: string) => ({
        from: ['accepted'] as const,
        extensionIs: 'pending' as const,
        patch: {
          dueAt: aCase().dueAt + 24 * HOUR_MS,
          extension: {
            ...ask(24).patch.extension,
            decision: 'approved' as const,
            decidedAt: T + 2 * HOUR_MS,
            decidedBy: by,
          },
        },
      });
      const decisions = await Promise.all(
        ['u-street-1', 'u-street-2'].map((by) => cases.change('k1', decide(by), T + 2 * HOUR_MS)),
      );
      expect(decisions.filter((d) => d !== null)).toHaveLength(1);
      expect(await cases.findById('k1')).toMatchObject({
        dueAt: aCase().dueAt + 24 * HOUR_MS,
        extension: { decision: 'approved' },
      });
    });
  });

  describeCaseListsContract(adapterName, openEmpty);
}
