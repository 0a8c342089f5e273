import type { DashboardSection } from '@domain/stats/dashboard';
import { resolvePeriod } from '@domain/stats/period';
import { cadreRowFromRows, visitFiguresFromRows, type RawVisits } from '@domain/stats/visitFigureRules';
import { aUser } from '../../support/builders/users';
import { seededBackend, type SeededBackend } from '../../support/seededBackend';
import { LIU, MA, NOW, seedVisitScene, TODAY } from './visitScene';

const lastMonth = { kind: 'lastMonth' } as const;
const period = resolvePeriod(lastMonth, NOW);

let server: SeededBackend;
let rows: RawVisits;
beforeAll(async () => {
  server = await seededBackend();
  await server.storage.users.createIfAbsent(
    aUser({ id: MA, openid: 'o-ma', name: '马丽', role: 'cadre', communityIds: ['c-dongmen', 'c-ximen'] }),
  );
  rows = await seedVisitScene(server.storage);
  server.deps.clock.advance(NOW - server.deps.clock.now());
});

async function dashboard(caller: string, communityId?: string) {
  const answer = await server.act('stats', caller, 'dashboard', { period: lastMonth, communityId });
  const section = (key: string) => answer.sections.find((s: DashboardSection) => s.key === key) as DashboardSection;
  const figures = Object.fromEntries(section('visits').figures.map((f) => [f.key, f.value]));
  return { answer, figures, table: section('cadres').tables[0] };
}

describe('stats.dashboard: 民意5来听 and 民情书记 (SQLite, through the handler)', () => {
  it("shows a committee its community's figures and every cadre who worked there", async () => {
    const { answer, figures, table } = await dashboard('u-committee-chen');
    const scope = { view: 'community' as const, communityIds: ['c-dongmen'], cadreId: null };
    expect(answer.view).toBe('community');
    expect(figures).toEqual(visitFiguresFromRows(rows, scope, period, TODAY));
    expect(figures).toMatchObject({ visitDays: 1, slots: 3, booked: 6, attended: 3, records: 3, followUpsDue: 3 });
    expect(table.rows.map((r: { label: string }) => r.label)).toEqual(['刘建国', '马丽']);
    expect(table.rows[0].values).toEqual(
      table.columns.map((c) => cadreRowFromRows(rows, LIU, scope, period, TODAY)[c.key as 'records']),
    );
  });

  it('shows a street all its communities, or the one it picks', async () => {
    const all = await dashboard('u-street-zhou');
    expect(all.answer.view).toBe('street');
    expect(all.figures).toMatchObject({ visitDays: 2, slots: 4, seats: 13, booked: 7, walkIns: 1, homeVisits: 2 });
    const visits = all.answer.sections.find((s: DashboardSection) => s.key === 'visits') as DashboardSection;
    expect(visits.tables[0].rows.map((r) => [r.label, r.values])).toEqual([
      ['东门社区', [1, 6, 3, 3, 1]],
      ['西门社区', [1, 1, 1, 1, 0]],
    ]);
    const ximen = await dashboard('u-street-zhou', 'c-ximen');
    expect(ximen.figures).toMatchObject({ visitDays: 1, slots: 1, booked: 1, attended: 1, records: 1 });
    expect(ximen.table.rows.map((r: { key: string }) => r.key)).toEqual([LIU]);
  });

  it('shows a cadre their own figures and their own row only', async () => {
    const own = await dashboard(LIU);
    const scope = { view: 'cadre' as const, communityIds: ['c-dongmen', 'c-ximen'], cadreId: LIU };
    expect(own.answer.view).toBe('cadre');
    expect(own.figures).toEqual(visitFiguresFromRows(rows, scope, period, TODAY));
    expect(own.figures).toMatchObject({ slots: 3, booked: 6, noShow: 1, records: 3 });
    expect(own.table.rows).toEqual([{ key: LIU, label: '刘建国', values: [2, 6, 3, 2, 66.7, 3, 2, 1] }]);
    const answer = await server.call('stats', LIU, 'dashboard', { period: lastMonth, communityId: 'c-other' });
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
