import { extendClock, firstReminderAt, startClock, type SlaClass } from '@domain/casework';
import type { CaseRecord } from '../../../cloudfunctions/lib/ports/casework';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { seedDemoData } from '../../../host/seed';
import { aCase } from '../../support/builders/cases';
import { aMatter } from '../../support/builders/matters';
import { engines, openEngine, type EngineName } from '../../support/storages';
import { testDeps } from '../../support/testDeps';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const HOLDER_AND_STREET = ['u-property-zheng', 'u-street-zhou'];

/** The demo with one matter of 东门社区, and a case of it dispatched to 幸福物业 now on `slaClass`'s clock. */
async function scene(engine: EngineName, slaClass: SlaClass = 'general', overrides: Partial<CaseRecord> = {}) {
  const { storage } = await openEngine(engine);
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const matter = aMatter({ id: 'm-lamp', communityId: 'c-dongmen', title: '幸福小区路灯不亮', category: 'facilities' });
  await storage.matters.create(matter, {
    id: 't-1',
    matterId: matter.id,
    at: 1000,
    transition: 'raise',
    fromState: null,
    toState: 'open',
    actorId: matter.authorId,
    actorRole: 'resident',
    note: '',
  });
  const clock = startClock(slaClass, deps.clock.now());
  const record = aCase({
    id: 'k-lamp',
    matterId: matter.id,
    communityId: 'c-dongmen',
    streetId: 's-guhuai',
    gridId: 'g-dongmen-1',
    compoundId: 'p-xingfu',
    holder: { kind: 'property', id: 'pc-xingfu' },
    slaClass,
    dispatchedAt: clock.dispatchedAt,
    dueAt: clock.dueAt,
    nextReminderAt: firstReminderAt(clock),
    updatedAt: clock.dispatchedAt,
    ...overrides,
  });
  await storage.cases.create(record);
  /** Moves the clock to `at` and runs the timer, answering what it told whom. */
  async function timerAt(at: number) {
    deps.clock.advance(at - deps.clock.now());
    const before = deps.notified.length;
    const run = await runTimerJobs(deps);
    const told = deps.notified.slice(before).map((n) => ({ kind: n.kind, userIds: [...n.userIds].sort(), ref: n.ref }));
    return { run, told };
  }
  return { storage, deps, clock, timerAt };
}

describe.each(engines)('case SLA reminders on %s', (engine) => {
  it('tells the holder and the street once at 80% and once at 100%, and nothing between or after', async () => {
    const { storage, clock, timerAt } = await scene(engine);
    const eighty = firstReminderAt(clock);
    expect((await timerAt(eighty - MINUTE)).told).toEqual([]);
    const atEighty = await timerAt(eighty);
    expect(atEighty.run.caseReminders).toBe(1);
    expect(atEighty.told).toEqual([
      { kind: 'case_due_soon', userIds: HOLDER_AND_STREET, ref: { type: 'case', id: 'k-lamp' } },
    ]);
    expect((await storage.cases.findById('k-lamp'))?.nextReminderAt).toBe(clock.dueAt);
    // Twice a minute, and on until the due time: nothing more.
    expect((await timerAt(eighty + 30_000)).told).toEqual([]);
    expect((await timerAt(eighty + MINUTE)).told).toEqual([]);
    expect((await timerAt(clock.dueAt - 1)).told).toEqual([]);
    const atDue = await timerAt(clock.dueAt);
    expect(atDue.told).toEqual([
      { kind: 'case_overdue', userIds: HOLDER_AND_STREET, ref: { type: 'case', id: 'k-lamp' } },
    ]);
    expect((await storage.cases.findById('k-lamp'))?.nextReminderAt).toBeNull();
    expect((await timerAt(clock.dueAt + 30_000)).told).toEqual([]);
    expect((await timerAt(clock.dueAt + 48 * HOUR)).told).toEqual([]);
  });

  it('writes each reminder once into each inbox when two timer runs overlap, with the words and the page', async () => {
    const { storage, deps, clock } = await scene(engine);
    deps.clock.advance(firstReminderAt(clock) - deps.clock.now());
    await Promise.all([runTimerJobs(deps), runTimerJobs(deps)]);
    deps.clock.advance(clock.dueAt - deps.clock.now());
    await Promise.all([runTimerJobs(deps), runTimerJobs(deps)]);
    for (const userId of HOLDER_AND_STREET) {
      const inbox = (await storage.inbox.list(userId, null, 50)).items.filter((e) => e.refType === 'case');
      expect(inbox.map((e) => e.kind).sort()).toEqual(['case_due_soon', 'case_overdue']);
      expect(inbox.every((e) => e.title === '幸福小区路灯不亮' && e.refId === 'k-lamp')).toBe(true);
      expect(inbox.find((e) => e.kind === 'case_overdue')?.text).toBe(
        '案件已超过答复期限（12月4日 10:00），请尽快处理并反馈。',
      );
    }
  });

  it('says only "overdue" when the timer first looks after the due time', async () => {
    const { clock, timerAt } = await scene(engine, 'urgent');
    expect((await timerAt(clock.dueAt + 10 * MINUTE)).told.map((t) => t.kind)).toEqual(['case_overdue']);
    expect((await timerAt(clock.dueAt + 11 * MINUTE)).told).toEqual([]);
  });

  it('hears the new thresholds after an approved extension, each once', async () => {
    const { storage, deps, clock, timerAt } = await scene(engine, 'utilities');
    expect((await timerAt(firstReminderAt(clock))).told.map((t) => t.kind)).toEqual(['case_due_soon']);
    // The street approves 12 hours more (what the casework function does): the due time moves, the timer re-arms.
    const extended = extendClock(clock, 12);
    const extension = {
      hours: 12,
      reason: '需要厂家配件',
      requestedAt: deps.clock.now(),
      requestedBy: 'u-property-zheng',
      decision: 'approved' as const,
      decidedAt: deps.clock.now(),
      decidedBy: 'u-street-zhou',
    };
    await storage.cases.change(
      'k-lamp',
      { from: ['dispatched'], patch: { dueAt: extended.dueAt, extension, nextReminderAt: firstReminderAt(extended) } },
      deps.clock.now(),
    );
    expect((await timerAt(clock.dueAt)).told).toEqual([]);
    expect((await timerAt(firstReminderAt(extended))).told.map((t) => t.kind)).toEqual(['case_due_soon']);
    expect((await timerAt(firstReminderAt(extended) + 30_000)).told).toEqual([]);
    expect((await timerAt(extended.dueAt)).told.map((t) => t.kind)).toEqual(['case_overdue']);
    expect((await timerAt(extended.dueAt + MINUTE)).told).toEqual([]);
  });

  it.each(['handled', 'verified', 'withdrawn'] as const)(
    'tells nobody of a %s case, even with a time left on it',
    async (state) => {
      const { storage, clock, timerAt } = await scene(engine, 'general', { state });
      expect((await timerAt(clock.dueAt + HOUR)).told).toEqual([]);
      if (state === 'handled') expect((await storage.cases.findById('k-lamp'))?.nextReminderAt).toBeNull();
    },
  );

  it('tells only the street of a returned case: re-routing it is the street’s', async () => {
    const { clock, timerAt } = await scene(engine, 'general', {
      state: 'returned',
      returnReason: '不属于物业管理范围',
    });
    expect((await timerAt(firstReminderAt(clock))).told).toEqual([
      { kind: 'case_due_soon', userIds: ['u-street-zhou'], ref: { type: 'case', id: 'k-lamp' } },
    ]);
  });

  it('tells a grid holder’s workers and the street', async () => {
    const { clock, timerAt } = await scene(engine, 'urgent', { holder: { kind: 'grid', id: 'g-dongmen-1' } });
    expect((await timerAt(firstReminderAt(clock))).told).toEqual([
      { kind: 'case_due_soon', userIds: ['u-grid-sun', 'u-street-zhou'], ref: { type: 'case', id: 'k-lamp' } },
    ]);
  });

  it('tells the holder of a 挂账 case on the review date, once', async () => {
    const start = Date.UTC(2026, 10, 27, 2, 0);
    const reviewAt = start + 30 * 24 * HOUR;
    const longTerm = { plan: '纳入明年老旧小区改造', reviewAt };
    const { storage, timerAt } = await scene(engine, 'general', {
      state: 'long_term',
      longTerm,
      nextReminderAt: reviewAt,
    });
    expect((await timerAt(reviewAt - MINUTE)).told).toEqual([]);
    const atReview = await timerAt(reviewAt);
    expect(atReview.told).toEqual([
      { kind: 'case_review_due', userIds: ['u-property-zheng'], ref: { type: 'case', id: 'k-lamp' } },
    ]);
    expect((await storage.cases.findById('k-lamp'))?.nextReminderAt).toBeNull();
    expect((await timerAt(reviewAt + MINUTE)).told).toEqual([]);
  });
});
