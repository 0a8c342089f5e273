import { caseFigureRules as C, type CaseFacts } from '@domain/stats/caseFigures';
import { resolvePeriod } from '@domain/stats/period';
import { hoursOfMinutes, serviceFigureRules as S, starLevelOf } from '@domain/stats/serviceFigures';
import { shanghaiWallClockToMs } from '@domain/time';

const DUE = 1_000_000;
const aCase = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'accepted',
  dispatchedAt: DUE - 10_000,
  dueAt: DUE,
  returnReason: '',
  extension: null,
  longTerm: null,
  feedback: null,
  ...overrides,
});

describe('the 街呼区应 figures’ rules', () => {
  it('an answer before the due time is on time; at or after it, overdue', () => {
    const answered = (at: number) => aCase({ state: 'handled', feedback: { at } });
    expect(C.answeredOnTime(answered(DUE - 1))).toBe(true);
    expect(C.overdue(answered(DUE - 1), DUE * 2)).toBe(false);
    expect(C.answeredOnTime(answered(DUE))).toBe(false);
    expect(C.overdue(answered(DUE), 0)).toBe(true);
  });

  it('an open case is overdue once its due time comes while its clock runs, not before', () => {
    for (const state of ['dispatched', 'accepted', 'returned'] as const) {
      expect(C.overdue(aCase({ state }), DUE - 1)).toBe(false);
      expect(C.overdue(aCase({ state }), DUE)).toBe(true);
    }
  });

  it('a case sent back after its answer counts by its running clock, not by the old answer', () => {
    const sentBack = aCase({ state: 'accepted', feedback: { at: DUE - 5 } });
    expect(C.answeredOnTime(sentBack)).toBe(false);
    expect(C.overdue(sentBack, DUE + 1)).toBe(true);
  });

  it('挂账 cases are followed by their plan: neither on time nor overdue; withdrawn ones are neither', () => {
    const longTerm = aCase({ state: 'handled', longTerm: { plan: 'x' }, feedback: { at: DUE + 5 } });
    expect(C.overdue(longTerm, DUE * 2)).toBe(false);
    expect(C.longTerm(longTerm)).toBe(true);
    expect(C.overdue(aCase({ state: 'withdrawn' }), DUE * 2)).toBe(false);
  });

  it('only an approved extension counts as extended', () => {
    expect(C.extended(aCase({ extension: { decision: 'approved' } }))).toBe(true);
    expect(C.extended(aCase({ extension: { decision: 'pending' } }))).toBe(false);
    expect(C.extended(aCase({ extension: { decision: 'refused' } }))).toBe(false);
  });
});

describe('the 志愿服务 figures’ rules', () => {
  const december = resolvePeriod({ kind: 'thisMonth' }, shanghaiWallClockToMs('2026-12-15'));

  it('a volunteer approved at 00:00 on the 1st is new this month and counted at its end; one a ms before is not new', () => {
    const first = shanghaiWallClockToMs('2026-12-01');
    expect(S.approvedIn({ state: 'approved', reviewedAt: first }, december)).toBe(true);
    expect(S.approvedIn({ state: 'approved', reviewedAt: first - 1 }, december)).toBe(false);
    expect(S.approvedBy({ state: 'approved', reviewedAt: first - 1 }, december.endMs)).toBe(true);
    expect(S.approvedBy({ state: 'returned', reviewedAt: first }, december.endMs)).toBe(false);
  });

  it('stars at 100/300/600/1000/1500 hours; hours with one decimal, rounded down, never below 0', () => {
    expect([5999, 6000, 17_999, 18_000, 36_000, 60_000, 90_000].map(starLevelOf)).toEqual([0, 1, 1, 2, 3, 4, 5]);
    expect(hoursOfMinutes(125)).toBe(2);
    expect(hoursOfMinutes(131)).toBe(2.1);
    expect(hoursOfMinutes(-30)).toBe(0);
  });

  it('completed is done or confirmed; a good rating is 4 or 5', () => {
    expect(S.completed({ state: 'done' }) && S.completed({ state: 'confirmed' })).toBe(true);
    expect(S.completed({ state: 'disputed' })).toBe(false);
    expect([1, 3, 4, 5].map((rating) => S.ratedGood({ rating }))).toEqual([false, false, true, true]);
    expect(S.rated({ rating: null })).toBe(false);
  });
});
