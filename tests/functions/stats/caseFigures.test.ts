import { caseStates, type CaseHolder } from '@domain/casework';
import { caseFigureRules as R } from '@domain/stats/caseFigures';
import { percentOf } from '@domain/stats/figures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { CaseRecord } from '../../../cloudfunctions/lib/ports/casework';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { caseSection } from '../../../cloudfunctions/lib/services/stats/caseSection';
import { HOUR_MS, aCase } from '../../support/builders/cases';
import { ASKED_AT, COMMUNITIES, depsAt, instants, periods, scopes, statsEngines, valuesOf } from './statsEngines';

const holders: CaseHolder[] = [
  { kind: 'property', id: 'p-xingfu' },
  { kind: 'department', id: 'd-cg' },
  { kind: 'grid', id: 'g1' },
  { kind: 'street', id: 's1' },
  { kind: 'department', id: 'd-gone' },
];
const spans = [2, 24, 168, 360];

/**
 * Cases in every state at each instant, over five bodies: answered before, at and after the due
 * time, sent back after an answer, 挂账, returned, with extensions approved, refused and pending,
 * some due after the time the figures are asked, some before.
 */
function aCaseOf(i: number): CaseRecord {
  const state = caseStates[i % caseStates.length];
  const dispatchedAt = instants[(i * 2) % instants.length] + (i % 3) * 60_000;
  const dueAt = dispatchedAt + spans[i % spans.length] * HOUR_MS + (i % 5 === 0 ? 400 * HOUR_MS : 0);
  const answered = state === 'handled' || state === 'verified' || (state === 'accepted' && i % 2 === 0);
  const answerAt = [dueAt - HOUR_MS, dueAt, dueAt + HOUR_MS][i % 3];
  const longTerm = state === 'long_term' || (state === 'handled' && i % 4 === 0);
  const decision = (['approved', 'refused', 'pending', null] as const)[i % 4];
  return aCase({
    id: `k${i}`,
    matterId: `m${i}`,
    communityId: COMMUNITIES[i % COMMUNITIES.length],
    holder: holders[i % holders.length],
    state,
    dispatchedAt,
    dueAt,
    returnReason: state === 'returned' || (state === 'withdrawn' && i % 2 === 0) ? '不属于本单位职责' : '',
    extension:
      decision === null
        ? null
        : {
            hours: 24,
            reason: '需协调',
            requestedAt: dispatchedAt + 1,
            requestedBy: 'u-h',
            decision,
            decidedAt: decision === 'pending' ? null : dispatchedAt + 2,
            decidedBy: decision === 'pending' ? null : 'u-street',
          },
    longTerm: longTerm ? { plan: '纳入明年改造计划', reviewAt: dueAt + 30 * 24 * HOUR_MS } : null,
    feedback: answered ? { text: '已处理', photoIds: [], at: answerAt, by: 'u-h' } : null,
    updatedAt: dispatchedAt,
  });
}

async function seed(storage: Storage): Promise<CaseRecord[]> {
  const cases = Array.from({ length: 189 }, (_, i) => aCaseOf(i));
  for (const record of cases) expect(await storage.cases.create(record)).not.toBeNull();
  return cases;
}

function expected(cases: CaseRecord[], scope: StatsScope, period: StatsPeriod) {
  const mine = cases.filter((c) => scope.communityIds.includes(c.communityId) && R.dispatchedIn(c, period));
  const tally = (list: CaseRecord[]) => {
    const onTime = list.filter(R.answeredOnTime).length;
    const overdue = list.filter((c) => R.overdue(c, ASKED_AT)).length;
    return { dispatched: list.length, onTime, overdue, rate: percentOf(onTime, onTime + overdue) };
  };
  const all = tally(mine);
  const keys = [...new Set(mine.map((c) => `${c.holder.kind}:${c.holder.id}`))];
  const rows = keys.map((key) => {
    const t = tally(mine.filter((c) => `${c.holder.kind}:${c.holder.id}` === key));
    return { key, values: [t.dispatched, t.onTime, t.overdue, t.rate] };
  });
  rows.sort((a, b) => (b.values[0] as number) - (a.values[0] as number) || (a.key < b.key ? -1 : 1));
  return {
    figures: {
      dispatched: all.dispatched,
      answeredOnTime: all.onTime,
      overdue: all.overdue,
      onTimeRate: all.rate,
      returned: mine.filter(R.returned).length,
      extended: mine.filter(R.extended).length,
      longTerm: mine.filter(R.longTerm).length,
    },
    byMonth: period.months.map(
      (m) => mine.filter((c) => m.startMs <= c.dispatchedAt && c.dispatchedAt < m.endMs).length,
    ),
    rows,
  };
}

describe.each(statsEngines)('街呼区应 figures on %s', (_engine, open) => {
  let storage: Storage;
  let cases: CaseRecord[];
  beforeAll(async () => {
    storage = await open();
    await storage.places.saveDepartment({ id: 'd-cg', name: '区城管局', districtId: 'dist-1' });
    cases = await seed(storage);
  });
  afterAll(() => storage.close());

  const combos = periods().flatMap((period) =>
    scopes.map((scope) => [period.label, scope.view, period, scope] as const),
  );

  it.each(combos)('%s, %s view: every figure recomputed from the rows', async (_label, _view, period, scope) => {
    const section = await caseSection.build(depsAt(storage), scope, period, await storage.places.directory());
    const want = expected(cases, scope, period);
    expect(valuesOf(section.figures)).toEqual(want.figures);
    expect(section.charts[0].points.map((p) => p.value)).toEqual(want.byMonth);
    expect(section.tables[0].rows.map(({ key, values }) => ({ key, values }))).toEqual(want.rows);
  });

  it('names each body as the directory does, or by its kind once it left the directory', async () => {
    const [, , year] = periods();
    const section = await caseSection.build(depsAt(storage), scopes[1], year, await storage.places.directory());
    const labels = Object.fromEntries(section.tables[0].rows.map((row) => [row.key, row.label]));
    expect(labels['department:d-cg']).toBe('区城管局（区直部门）');
    expect(labels['department:d-gone']).toBe('区直部门（区直部门）');
  });

  it('the data set is not trivial: this year counts some of every figure, and answers fall either side of the due time', () => {
    const [, , year] = periods();
    const want = expected(cases, scopes[1], year);
    for (const value of Object.values(want.figures)) expect(value).not.toBe(0);
    expect(want.figures.onTimeRate).not.toBe(100);
    expect(want.rows.length).toBe(holders.length);
  });

  it("another community's cases never count", async () => {
    const [december] = periods();
    const before = await caseSection.build(depsAt(storage), scopes[1], december, await storage.places.directory());
    await storage.cases.create(
      aCase({ id: 'k-other', matterId: 'm-other', communityId: 'c-other', dispatchedAt: instants[6] }),
    );
    expect(await caseSection.build(depsAt(storage), scopes[1], december, await storage.places.directory())).toEqual(
      before,
    );
  });
});
