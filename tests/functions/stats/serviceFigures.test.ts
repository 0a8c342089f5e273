import { serviceCategories, serviceCategoryLabels } from '@domain/service/categories';
import { orderStates } from '@domain/service/orders';
import { percentOf } from '@domain/stats/figures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import { hoursOfMinutes, serviceFigureRules as R, starLevelOf } from '@domain/stats/serviceFigures';
import type { ActivityRecord } from '../../../cloudfunctions/lib/ports/activities';
import type { LedgerEntryRecord, OrderRecord, VolunteerRecord } from '../../../cloudfunctions/lib/ports/service';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { serviceSection } from '../../../cloudfunctions/lib/services/stats/serviceSection';
import { anActivity } from '../../support/builders/activities';
import { aVolunteer, anEntry, anOrder } from '../../support/builders/service';
import { COMMUNITIES, depsAt, instants, periods, scopes, statsEngines, valuesOf } from './statsEngines';

/** The raw rows, as stored: what every figure is recomputed from. */
interface Rows {
  volunteers: VolunteerRecord[];
  orders: OrderRecord[];
  entries: LedgerEntryRecord[];
  activities: ActivityRecord[];
}

const at = (i: number) => instants[i % instants.length];
const communityOf = (i: number) => COMMUNITIES[i % COMMUNITIES.length];

/** Reports reviewed at each instant (approved, returned) or still pending, party members or not. */
async function seedVolunteers(storage: Storage): Promise<VolunteerRecord[]> {
  for (let i = 0; i < 40; i += 1) {
    const record = aVolunteer({ userId: `u-v${i}`, communityId: communityOf(i), partyMember: i % 2 === 0 });
    await storage.volunteers.report(record);
    if (i % 5 === 4) continue; // still pending
    const state = i % 5 === 3 ? 'returned' : 'approved';
    const outcome = {
      state,
      returnReason: state === 'returned' ? '信息不全' : '',
      gridId: null,
      teamId: null,
      stationId: null,
    };
    await storage.volunteers.review(record.id, { ...outcome, reviewedBy: 'u-committee' } as never, at(i));
  }
  const stored = await Promise.all(
    Array.from({ length: 40 }, (_, i) => storage.volunteers.findById(`${communityOf(i)}:u-v${i}`)),
  );
  return stored.map((v) => v!);
}

/** Orders in every state and category, some ordered on behalf, some rated, at each instant. */
async function seedOrders(storage: Storage): Promise<OrderRecord[]> {
  const orders: OrderRecord[] = [];
  for (let i = 0; i < 126; i += 1) {
    const state = orderStates[i % orderStates.length];
    const rated = state === 'confirmed' || state === 'disputed';
    const order = anOrder({
      id: `o${i}`,
      communityId: communityOf(i),
      category: serviceCategories[(i * 5) % serviceCategories.length],
      state,
      claimantId: state === 'placed' || state === 'cancelled' ? null : 'u-v0',
      residentId: i % 4 === 0 ? null : 'u-res-1',
      onBehalf:
        i % 4 === 0
          ? {
              staffId: 'u-committee',
              staffName: '陈主任',
              consent: '本人口头同意',
              residentName: '王大爷',
              familyId: null,
            }
          : null,
      rating: rated ? [5, 4, 3, 1, 2, 5][i % 6] : null,
      placedAt: at(i * 2 + 1),
    });
    orders.push(await storage.orders.place(order));
  }
  return orders;
}

/**
 * Ledger entries of six volunteers at each instant, a correction taking minutes back, and honour
 * hours that take three of them past a star at the end of November (6,000 / 18,000 / 90,000 min).
 */
async function seedEntries(storage: Storage): Promise<LedgerEntryRecord[]> {
  const entries: LedgerEntryRecord[] = [];
  const minutes = [45, 130, 5999, -60, 2400, 61];
  for (let i = 0; i < 54; i += 1) {
    entries.push(
      anEntry({
        id: `e${i}`,
        volunteerUserId: `u-v${i % 6}`,
        communityId: communityOf(i % 4),
        kind: minutes[i % 6] < 0 ? 'correction' : 'order',
        minutes: minutes[i % 6],
        at: at(i),
      }),
    );
  }
  const honour = (id: string, volunteer: string, community: string, m: number, when: number) =>
    anEntry({ id, volunteerUserId: volunteer, communityId: community, kind: 'honour', minutes: m, at: when });
  entries.push(
    honour('h1', 'u-v10', 'c1', 6000, instants[4]),
    honour('h2', 'u-v11', 'c2', 18_000, instants[4]),
    honour('h3', 'u-v12', 'c1', 90_000, instants[5]),
    honour('h4', 'u-v13', 'c-other', 36_000, instants[3]),
    honour('h5', 'u-v14', 'c1', 5999, instants[2]),
  );
  for (const entry of entries) await storage.hoursLedger.append(entry);
  return entries;
}

async function seedActivities(storage: Storage): Promise<ActivityRecord[]> {
  const activities: ActivityRecord[] = [];
  for (let i = 0; i < 27; i += 1) {
    const startAt = at(i);
    const activity = anActivity({
      id: `a${i}`,
      communityId: communityOf(i),
      startAt,
      endAt: startAt + 7_200_000,
      signUpClosesAt: startAt - 3_600_000,
    });
    await storage.activities.create(activity);
    if (i % 4 === 1) await storage.activities.cancel(activity.id, '下雨', startAt - 86_400_000);
    activities.push((await storage.activities.findById(activity.id))!);
  }
  return activities;
}

async function seed(storage: Storage): Promise<Rows> {
  return {
    volunteers: await seedVolunteers(storage),
    orders: await seedOrders(storage),
    entries: await seedEntries(storage),
    activities: await seedActivities(storage),
  };
}

/** Every figure, chart and table of the section, recomputed from the rows by the domain's rules. */
function expected(rows: Rows, scope: StatsScope, period: StatsPeriod) {
  const mine = <T extends { communityId: string }>(list: T[]) =>
    list.filter((row) => scope.communityIds.includes(row.communityId));
  const approved = mine(rows.volunteers).filter((v) => R.approvedBy(v, period.endMs));
  const orders = mine(rows.orders).filter((o) => R.placedIn(o, period));
  const totals = new Map<string, number>();
  for (const e of mine(rows.entries).filter((entry) => R.entryBy(entry, period.endMs))) {
    totals.set(e.volunteerUserId, (totals.get(e.volunteerUserId) ?? 0) + e.minutes);
  }
  const stars = [1, 2, 3, 4, 5].map((level) => [...totals.values()].filter((t) => starLevelOf(t) === level).length);
  const perCategory = serviceCategories
    .map((c) => ({ key: c, label: serviceCategoryLabels[c], value: orders.filter((o) => o.category === c).length }))
    .filter((p) => p.value > 0)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : 1));
  return {
    figures: {
      volunteers: approved.length,
      partyVolunteers: approved.filter((v) => v.partyMember).length,
      newVolunteers: mine(rows.volunteers).filter((v) => R.approvedIn(v, period)).length,
      ordersPlaced: orders.length,
      ordersCompleted: orders.filter(R.completed).length,
      ordersOnBehalf: orders.filter(R.onBehalf).length,
      goodRatingShare: percentOf(orders.filter(R.ratedGood).length, orders.filter(R.rated).length),
      hoursCredited: hoursOfMinutes(
        mine(rows.entries)
          .filter((e) => R.entryIn(e, period))
          .reduce((sum, e) => sum + e.minutes, 0),
      ),
      starVolunteers: stars.reduce((a, b) => a + b, 0),
      activitiesHeld: mine(rows.activities).filter((a) => R.activityHeld(a, period)).length,
    },
    byMonth: period.months.map((m) => orders.filter((o) => m.startMs <= o.placedAt && o.placedAt < m.endMs).length),
    byCategory: perCategory,
    stars,
  };
}

describe.each(statsEngines)('志愿服务 figures on %s', (_engine, open) => {
  let storage: Storage;
  let rows: Rows;
  beforeAll(async () => {
    storage = await open();
    rows = await seed(storage);
  });
  afterAll(() => storage.close());

  const cases = periods().flatMap((period) =>
    scopes.map((scope) => [period.label, scope.view, period, scope] as const),
  );

  it.each(cases)('%s, %s view: every figure recomputed from the rows', async (_label, _view, period, scope) => {
    const section = await serviceSection.build(depsAt(storage), scope, period, await storage.places.directory());
    const want = expected(rows, scope, period);
    expect(valuesOf(section.figures)).toEqual(want.figures);
    const [trend, share] = section.charts;
    expect(trend.points).toEqual(period.months.map((m, i) => ({ key: m.key, label: m.label, value: want.byMonth[i] })));
    expect(share.points).toEqual(want.byCategory);
    expect(section.tables[0].rows.map((row) => row.values[0])).toEqual(want.stars);
  });

  it('the data set is not trivial: each period and scope counts some of everything, and a month end cuts', async () => {
    const [december, november] = periods();
    const want = expected(rows, scopes[1], december).figures;
    for (const value of Object.values(want)) expect(value).not.toBe(0);
    // The order placed at 23:59:59.999 on 11-30 is November's, the one at 00:00 on 12-01 December's.
    const edge = rows.orders.filter((o) => o.placedAt === instants[4] || o.placedAt === instants[5]);
    expect(edge.some((o) => R.placedIn(o, november) && !R.placedIn(o, december))).toBe(true);
    expect(edge.some((o) => R.placedIn(o, december) && !R.placedIn(o, november))).toBe(true);
    expect(expected(rows, scopes[1], november).stars.filter((n) => n > 0).length).toBeGreaterThan(1);
  });

  it("another community's rows never count: adding some changes nothing", async () => {
    const [december] = periods();
    const before = await serviceSection.build(depsAt(storage), scopes[1], december, await storage.places.directory());
    await storage.orders.place(anOrder({ id: 'o-other', communityId: 'c-other', placedAt: instants[6] }));
    await storage.hoursLedger.append(
      anEntry({ id: 'e-other', communityId: 'c-other', volunteerUserId: 'u-v1', minutes: 90_000, at: instants[6] }),
    );
    const after = await serviceSection.build(depsAt(storage), scopes[1], december, await storage.places.directory());
    expect(after).toEqual(before);
  });
});
