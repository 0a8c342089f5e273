import { resolvePeriod } from '@domain/stats/period';
import { serviceFigureRules as R } from '@domain/stats/serviceFigures';
import { shanghaiWallClockToMs } from '@domain/time';
import type { OrderRecord } from '../../../cloudfunctions/lib/ports/service';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { caseSection } from '../../../cloudfunctions/lib/services/stats/caseSection';
import { aCase } from '../../support/builders/cases';
import { anOrder } from '../../support/builders/service';
import { seededBackend, type SeededBackend } from '../../support/seededBackend';

/** Every order of a community, through the list the committee pages (all states). */
async function ordersOf(storage: Storage, communityId: string): Promise<OrderRecord[]> {
  const all: OrderRecord[] = [];
  let after = null;
  do {
    const page = await storage.orders.list({ communityId, after, limit: 100 });
    all.push(...page.items);
    after = page.next;
  } while (after);
  return all;
}

interface DashboardData {
  sections: { key: string; figures: { key: string; value: number | null }[] }[];
}

/** The dashboard the caller gets; a refusal fails the test with its code. */
async function dashboardOf(backend: SeededBackend, caller: string, input: object): Promise<DashboardData> {
  const answer = await backend.call('stats', caller, 'dashboard', input);
  if (!answer.ok) throw new Error(`stats.dashboard refused: ${answer.code} ${answer.message}`);
  return answer.data as DashboardData;
}

const figure = (section: { figures: { key: string; value: number | null }[] }, key: string) =>
  section.figures.find((f) => f.key === key)?.value;

/**
 * stats.dashboard through the handler on the demo data (SQLite), with orders and cases either
 * side of the month's start added: the committee's and the street's dashboards carry 志愿服务 and
 * 街呼区应 for their communities; a cadre's own view has neither (it is not their own work).
 */
describe('stats.dashboard: the 志愿服务 and 街呼区应 sections by view', () => {
  let backend: SeededBackend;
  const november = () => resolvePeriod({ kind: 'thisMonth' }, backend.deps.clock.now());

  beforeAll(async () => {
    backend = await seededBackend();
    const edges = [
      shanghaiWallClockToMs('2026-10-31', '23:59') + 59_999,
      shanghaiWallClockToMs('2026-11-01'),
      shanghaiWallClockToMs('2026-11-20', '09:30'),
    ];
    for (const [i, placedAt] of edges.entries()) {
      for (const communityId of ['c-dongmen', 'c-ximen']) {
        await backend.storage.orders.place(anOrder({ id: `o-dash-${communityId}-${i}`, communityId, placedAt }));
        await backend.storage.cases.create(
          aCase({
            id: `k-dash-${communityId}-${i}`,
            matterId: `m-dash-${communityId}-${i}`,
            communityId,
            streetId: 's-guhuai',
            dispatchedAt: placedAt,
            dueAt: placedAt + 3_600_000,
          }),
        );
      }
    }
  });
  afterAll(() => backend.storage.close());

  it('the committee sees its community: orders recomputed from its list, cases as the section counts them', async () => {
    const answer = await dashboardOf(backend, 'u-committee-chen', { period: { kind: 'thisMonth' } });
    const sections = Object.fromEntries(answer.sections.map((s) => [s.key, s]));
    const orders = (await ordersOf(backend.storage, 'c-dongmen')).filter((o) => R.placedIn(o, november()));
    expect(orders.length).toBeGreaterThanOrEqual(2);
    expect(figure(sections.service, 'ordersPlaced')).toBe(orders.length);
    const scope = { view: 'community' as const, communityIds: ['c-dongmen'], cadreId: null };
    expect(sections.casework).toEqual(
      JSON.parse(
        JSON.stringify(
          await caseSection.build(backend.deps, scope, november(), await backend.storage.places.directory()),
        ),
      ),
    );
    expect(figure(sections.casework, 'dispatched')).toBeGreaterThanOrEqual(2);
  });

  it('the street sees its communities together, and one of them when it picks it', async () => {
    const all = await dashboardOf(backend, 'u-street-zhou', { period: { kind: 'thisMonth' } });
    const one = await dashboardOf(backend, 'u-street-zhou', {
      period: { kind: 'thisMonth' },
      communityId: 'c-ximen',
    });
    const service = (answer: DashboardData) => answer.sections.find((s) => s.key === 'service')!;
    const placed = async (id: string) =>
      (await ordersOf(backend.storage, id)).filter((o) => R.placedIn(o, november())).length;
    expect(figure(service(all), 'ordersPlaced')).toBe((await placed('c-dongmen')) + (await placed('c-ximen')));
    expect(figure(service(one), 'ordersPlaced')).toBe(await placed('c-ximen'));
    expect(all.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['service', 'casework']));
  });

  it("a cadre's own view has neither section", async () => {
    const answer = await dashboardOf(backend, 'u-cadre-liu', { period: { kind: 'thisMonth' } });
    const keys = answer.sections.map((s) => s.key);
    expect(keys).not.toContain('service');
    expect(keys).not.toContain('casework');
  });
});
