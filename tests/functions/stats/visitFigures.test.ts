import type { StatsScope } from '@domain/stats/scope';
import { resolvePeriod, type PeriodChoice, type StatsPeriod } from '@domain/stats/period';
import {
  cadreRowFromRows,
  visitFigureRules,
  visitFiguresFromRows,
  type RawVisits,
} from '@domain/stats/visitFigureRules';
import { cadreFigures, visitFigures } from '@domain/stats/visitFigures';
import type { DashboardSection } from '@domain/stats/dashboard';
import { cadreSection } from '../../../cloudfunctions/lib/services/stats/cadreSection';
import { visitSection } from '../../../cloudfunctions/lib/services/stats/visitSection';
import { aUser } from '../../support/builders/users';
import { engines, openEngine } from '../../support/storages';
import { testDeps, type TestDeps } from '../../support/testDeps';
import { LIU, MA, NOW, OUTSIDER, seedVisitScene, TODAY } from './visitScene';
import { directoryNaming } from '../../support/builders/directory';

const periods: PeriodChoice[] = [
  { kind: 'lastMonth' },
  { kind: 'thisMonth' },
  { kind: 'thisYear' },
  { kind: 'custom', from: '2026-11-25', to: '2026-11-30' },
  { kind: 'custom', from: '2026-10-26', to: '2026-12-04' },
];
const both = ['c-dongmen', 'c-ximen'];
const scopes: StatsScope[] = [
  { view: 'community', communityIds: ['c-dongmen'], cadreId: null },
  { view: 'community', communityIds: ['c-ximen'], cadreId: null },
  { view: 'street', communityIds: both, cadreId: null },
  { view: 'cadre', communityIds: both, cadreId: LIU },
  { view: 'cadre', communityIds: ['c-ximen'], cadreId: MA },
];

async function scene(engine: (typeof engines)[number]) {
  const { storage } = await openEngine(engine);
  await storage.users.createIfAbsent(aUser({ id: LIU, openid: 'o-liu', name: '刘建国', role: 'cadre' }));
  await storage.users.createIfAbsent(aUser({ id: MA, openid: 'o-ma', name: '马丽', role: 'cadre' }));
  const rows = await seedVisitScene(storage);
  const deps = testDeps(storage);
  deps.clock.advance(NOW - deps.clock.now());
  return { rows, deps };
}

async function sectionsOf(deps: TestDeps, scope: StatsScope, period: StatsPeriod) {
  const [visits, cadres] = await Promise.all([
    visitSection.build(deps, scope, period, directoryNaming()),
    cadreSection.build(deps, scope, period, directoryNaming()),
  ]);
  return { visits, cadres };
}

const valuesOf = (section: DashboardSection) => Object.fromEntries(section.figures.map((f) => [f.key, f.value]));
const chart = (section: DashboardSection, key: string) => section.charts.find((c) => c.key === key)!;

function monthlyFromRows(rows: RawVisits, scope: StatsScope, period: StatsPeriod) {
  const slots = new Map(rows.slots.filter((s) => visitFigureRules.slotCounts(s, scope, period)).map((s) => [s.id, s]));
  return period.months.map((month) => {
    const inMonth = rows.bookings.filter((b) => slots.get(b.slotId)?.date.startsWith(month.key));
    return {
      booked: inMonth.filter(visitFigureRules.holdsSeat).length,
      attended: inMonth.filter(visitFigureRules.attended).length,
    };
  });
}

describe.each(engines)("民意5来听's figures on %s", (engine) => {
  let rows: RawVisits;
  let deps: TestDeps;
  beforeAll(async () => {
    ({ rows, deps } = await scene(engine));
  });

  it.each(periods)('recounts every figure, trend and row from the raw rows by the rules (%o)', async (choice) => {
    const period = resolvePeriod(choice, NOW);
    for (const scope of scopes) {
      const { visits, cadres } = await sectionsOf(deps, scope, period);
      expect(valuesOf(visits)).toEqual(visitFiguresFromRows(rows, scope, period, TODAY));
      const monthly = monthlyFromRows(rows, scope, period);
      expect(chart(visits, 'bookedByMonth').points.map((p) => p.value)).toEqual(monthly.map((m) => m.booked));
      expect(chart(visits, 'attendedByMonth').points.map((p) => p.value)).toEqual(monthly.map((m) => m.attended));
      const [table] = cadres.tables;
      for (const row of table.rows) {
        const expected = cadreRowFromRows(rows, row.key, scope, period, TODAY);
        expect(row.values).toEqual(table.columns.map((c) => expected[c.key as keyof typeof expected]));
      }
      if (scope.cadreId) expect(table.rows.map((r) => r.key).filter((k) => k !== scope.cadreId)).toEqual([]);
      expect(visits.tables.map((t) => t.key)).toEqual(scope.view === 'street' ? ['byCommunity'] : []);
    }
  });

  it.each(periods)('gives a street a row per community, in its order, quiet ones at zero (%o)', async (choice) => {
    const period = resolvePeriod(choice, NOW);
    // Directory order, not the ids' order; c-quiet holds no slot and no record.
    const street: StatsScope = { view: 'street', communityIds: ['c-ximen', 'c-quiet', 'c-dongmen'], cadreId: null };
    const names = new Map([
      ['c-dongmen', '东门社区'],
      ['c-ximen', '西门社区'],
      ['c-quiet', '北关社区'],
    ]);
    const { tables } = await visitSection.build(deps, street, period, directoryNaming(names));
    const [table] = tables;
    expect([table.key, table.title]).toEqual(['byCommunity', '按社区']);
    const keys = ['visitDays', 'booked', 'attended', 'records', 'followUpsOverdue'] as const;
    expect(table.columns.map((c) => c.label)).toEqual(keys.map((k) => visitFigures[k].label));
    const rowOf = (id: string) => {
      const own = visitFiguresFromRows(rows, { view: 'community', communityIds: [id], cadreId: null }, period, TODAY);
      return { key: id, label: names.get(id), values: keys.map((k) => own[k]) };
    };
    expect(table.rows).toEqual(street.communityIds.map(rowOf));
    expect(table.rows[1].values).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts November by its own rules: the 25th and the 30th in, the 5th of December out', async () => {
    const street = scopes[2];
    const { visits, cadres } = await sectionsOf(deps, street, resolvePeriod({ kind: 'lastMonth' }, NOW));
    // Each community has something in November: the rows are told apart.
    const byCommunity = (
      await visitSection.build(deps, street, resolvePeriod({ kind: 'lastMonth' }, NOW), directoryNaming())
    ).tables[0];
    expect(byCommunity.rows.map((r) => [r.key, r.values.every((v) => v! > 0) || r.values])).toEqual([
      ['c-dongmen', true],
      ['c-ximen', [1, 1, 1, 1, 0]],
    ]);
    expect(valuesOf(visits)).toEqual({
      visitDays: 2,
      slots: 4,
      seats: 13,
      booked: 7,
      attended: 4,
      noShow: 2,
      attendanceRate: 66.7,
      walkIns: 1,
      homeVisits: 2,
      records: 4,
      followUpsDue: 3,
      followUpsOnTime: 2,
      followUpsOverdue: 1,
    });
    expect(chart(visits, 'heardByMode').points).toEqual([
      { key: 'station', label: '红帆驿站', value: 3 },
      { key: 'home', label: '入户走访', value: 2 },
      { key: 'enterprise', label: '企业走访', value: 0 },
    ]);
    expect(cadres.tables[0].rows).toEqual([
      { key: LIU, label: '刘建国', values: [2, 6, 3, 2, 66.7, 3, 2, 1] },
      { key: MA, label: '马丽', values: [1, 1, 1, 0, 0, 0, 0, 0] },
    ]);
    expect(cadres.tables[0].columns.map((c) => c.label)).toEqual(Object.values(cadreFigures).map((f) => f.label));
  });

  it("counts December so far: a cancelled slot's day is not held, the 15th has not come, 12-06's follow-up is not yet overdue", async () => {
    const { visits } = await sectionsOf(deps, scopes[2], resolvePeriod({ kind: 'thisMonth' }, NOW));
    expect(valuesOf(visits)).toMatchObject({
      visitDays: 1,
      slots: 2,
      seats: 6,
      booked: 4,
      attended: 2,
      noShow: 0,
      attendanceRate: 100,
      walkIns: 1,
      homeVisits: 2,
      records: 1,
      followUpsDue: 3,
      followUpsOnTime: 0,
      followUpsOverdue: 1,
    });
    expect(visits.figures.map((f) => f.rule)).toEqual(visits.figures.map((f) => visitFigures[f.key as 'slots'].rule));
  });

  it("gives a cadre their own work only, and another community's rows to nobody", async () => {
    const period = resolvePeriod({ kind: 'thisYear' }, NOW);
    const own = await sectionsOf(deps, { view: 'cadre', communityIds: both, cadreId: MA }, period);
    expect(own.cadres.tables[0].rows.map((r) => r.key)).toEqual([MA]);
    expect(valuesOf(own.visits)).toMatchObject({ slots: 1, booked: 2, attended: 1, noShow: 1, walkIns: 1, records: 2 });
    const street = await sectionsOf(deps, scopes[2], period);
    expect(street.cadres.tables[0].rows.map((r) => r.key)).not.toContain(OUTSIDER);
    const nobody = await sectionsOf(deps, { view: 'cadre', communityIds: both, cadreId: OUTSIDER }, period);
    expect(valuesOf(nobody.visits)).toMatchObject({ slots: 0, booked: 0, records: 0, followUpsDue: 0 });
    expect(nobody.cadres.tables[0].rows).toEqual([]);
  });
});
