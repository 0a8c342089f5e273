import type { DashboardSection } from '@domain/stats/dashboard';
import { resolvePeriod, type StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { matterStatsSql } from '../../../cloudfunctions/lib/adapters/sqlite/matterStats';
import { cloudbaseCollectionSetup, collectionNames } from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { mattersSection } from '../../../cloudfunctions/lib/services/stats/mattersSection';
import { inspectMemoryDb, type RecordedRequest } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { testDeps } from '../../support/testDeps';
import { openWithDb } from '../storage/cloudbaseRequests';
import { expectedMatterNumbers } from './matterExpected';
import { END_NOV, START_DEC, rawMatters, seedMatterStories, type SeededMatter } from './matterStories';
import { directoryNaming } from '../../support/builders/directory';

const NOV = resolvePeriod({ kind: 'thisMonth' }, END_NOV);
const DEC = resolvePeriod({ kind: 'thisMonth' }, START_DEC);
const AUTUMN = resolvePeriod({ kind: 'custom', from: '2026-10-15', to: '2027-01-31' }, START_DEC);
const YEAR = resolvePeriod({ kind: 'thisYear' }, START_DEC);
const periods: [string, StatsPeriod][] = [
  ['November', NOV],
  ['December', DEC],
  ['15 October to January', AUTUMN],
  ['this year', YEAR],
];

const community = (id: string): StatsScope => ({ view: 'community', communityIds: [id], cadreId: null });
const STREET: StatsScope = { view: 'street', communityIds: ['c-a', 'c-b'], cadreId: null };

interface Engine {
  storage: Storage;
  /** CloudBase only: the requests the in-memory server received. */
  requests?: () => readonly RecordedRequest[];
}

const openers: [string, () => Promise<Engine>][] = [
  ['sqlite', async () => ({ storage: openSqliteStorage(':memory:') })],
  [
    'cloudbase',
    async () => {
      const { db, storage } = await openWithDb();
      return { storage, requests: () => inspectMemoryDb(db).requests };
    },
  ],
];

const build = (storage: Storage, scope: StatsScope, period: StatsPeriod) =>
  mattersSection.build(testDeps(storage), scope, period, directoryNaming());

function numbersOf(section: DashboardSection) {
  const chart = (key: string) => section.charts.find((c) => c.key === key)!.points;
  return {
    figures: Object.fromEntries(section.figures.map((f) => [f.key, f.value])),
    categoryRows: section.tables.find((t) => t.key === 'byCategory')!.rows,
    raisedByMonth: chart('raisedByMonth'),
    resolvedByMonth: chart('resolvedByMonth'),
    byCategory: chart('raisedByCategory'),
  };
}

describe.each(openers)('居民说事 figures on %s, recomputed from the raw rows', (_name, open) => {
  let engine: Engine;
  let seeded: SeededMatter[];

  beforeAll(async () => {
    engine = await open();
    // c-x is a third community: in no scope below but its own.
    seeded = await seedMatterStories(engine.storage, ['c-a', 'c-b', 'c-x']);
  });
  afterAll(() => engine.storage.close());

  it.each(periods)('a community in %s: every figure, trend and share as the rules count them', async (_p, period) => {
    const raw = await rawMatters(engine.storage, seeded);
    for (const id of ['c-a', 'c-b', 'c-x']) {
      const section = await build(engine.storage, community(id), period);
      expect(numbersOf(section)).toEqual(expectedMatterNumbers(raw, [id], period));
    }
  });

  it.each(periods)('a street over two communities in %s; the third never counts', async (_p, period) => {
    const raw = await rawMatters(engine.storage, seeded);
    const section = await build(engine.storage, STREET, period);
    const expected = expectedMatterNumbers(raw, ['c-a', 'c-b'], period);
    expect(numbersOf(section)).toEqual(expected);
    // The data set is rich enough to tell a wrong count: every figure has something to count.
    if (period !== DEC) {
      for (const [key, value] of Object.entries(expected.figures)) expect([key, value]).not.toEqual([key, 0]);
    }
    const withThird = expectedMatterNumbers(raw, ['c-a', 'c-b', 'c-x'], period);
    expect(withThird.figures.raised).toBeGreaterThan(expected.figures.raised);
  });

  it.each(periods)('a street’s tallies are those of each of its communities in %s', async (_p, period) => {
    const raw = await rawMatters(engine.storage, seeded);
    const tallies = await engine.storage.matterStats.tallies(STREET, period);
    expect(new Set(tallies.map((t) => t.communityId))).toEqual(new Set(['c-a', 'c-b']));
    for (const id of ['c-a', 'c-b']) {
      const own = tallies.filter((t) => t.communityId === id);
      const sum = (key: 'raised' | 'resolved' | 'published') => own.reduce((n, t) => n + t[key], 0);
      const expected = expectedMatterNumbers(raw, [id], period).figures;
      expect([sum('raised'), sum('resolved'), sum('published')]).toEqual([
        expected.raised,
        expected.resolved,
        expected.published,
      ]);
    }
  });

  it.each(periods)(
    'a street’s table 按社区 in %s: a row per community in its order, quiet ones at zero',
    async (_p, period) => {
      const raw = await rawMatters(engine.storage, seeded);
      // Directory order, not the ids' order; c-quiet has no matters at all.
      const scope: StatsScope = { view: 'street', communityIds: ['c-b', 'c-quiet', 'c-a'], cadreId: null };
      const names = new Map([
        ['c-a', '东门社区'],
        ['c-b', '西门社区'],
        ['c-quiet', '北关社区'],
      ]);
      const section = await mattersSection.build(testDeps(engine.storage), scope, period, directoryNaming(names));
      const table = section.tables.find((t) => t.key === 'byCommunity')!;
      expect(table.title).toBe('按社区');
      expect(table.columns.map((c) => c.label)).toEqual(['提出', '已解决', '未能解决', '转办/上报', '满意率']);
      const rowOf = (id: string) => {
        const f = expectedMatterNumbers(raw, [id], period).figures;
        return {
          key: id,
          label: names.get(id),
          values: [f.raised, f.resolved, f.closedUnresolved, f.referred, f.satisfiedShare],
        };
      };
      expect(table.rows).toEqual(['c-b', 'c-quiet', 'c-a'].map(rowOf));
      expect(table.rows[1].values).toEqual([0, 0, 0, 0, null]);
      if (period !== DEC) expect(table.rows[0].values[0]).toBeGreaterThan(0);
      // The rows add up to the street's figures.
      const raised = section.figures.find((f) => f.key === 'raised')!.value;
      expect(table.rows.reduce((n, row) => n + row.values[0]!, 0)).toBe(raised);
    },
  );

  it('has no table 按社区 but on a street over more than one community', async () => {
    const tablesOf = async (scope: StatsScope) => (await build(engine.storage, scope, YEAR)).tables.map((t) => t.key);
    expect(await tablesOf(community('c-a'))).toEqual(['byCategory']);
    expect(await tablesOf({ view: 'street', communityIds: ['c-a'], cadreId: null })).toEqual(['byCategory']);
    expect(await tablesOf(STREET)).toEqual(['byCategory', 'byCommunity']);
  });

  it('counts the matters on the month boundary in the month of their event', async () => {
    const boundary = (period: StatsPeriod) => build(engine.storage, community('c-a'), period);
    const raw = await rawMatters(
      engine.storage,
      seeded.filter((m) => m.id.startsWith('b-c-a-')),
    );
    const nov = expectedMatterNumbers(raw, ['c-a'], NOV).figures;
    const dec = expectedMatterNumbers(raw, ['c-a'], DEC).figures;
    // edge-1 and edge-3 raised, edge-4 too (in November, published in December); edge-3 resolved
    // after its consultation and rated 4 stars on November's last millisecond.
    expect(nov).toMatchObject({ raised: 3, resolved: 1, settledByConsultation: 1, rated: 1, averageStars: 4 });
    // edge-2 raised; edge-1 resolved; edge-4 published and dispatched on December's first milliseconds.
    expect(dec).toMatchObject({ raised: 1, resolved: 1, settledByConsultation: 0, published: 1, referred: 1 });
    expect((await boundary(NOV)).figures.find((f) => f.key === 'raised')!.value).toBeGreaterThanOrEqual(3);
  });

  it('an empty scope or a period with nothing counts zeros, with a point for every month', async () => {
    const empty = resolvePeriod({ kind: 'custom', from: '2025-01-01', to: '2025-03-31' }, START_DEC);
    const section = await build(engine.storage, community('c-a'), empty);
    expect(section.figures.map((f) => f.value)).toEqual([0, 0, 0, 0, 0, 0, 0, null, 0, null, null]);
    expect(section.charts.find((c) => c.key === 'raisedByMonth')!.points.map((p) => [p.label, p.value])).toEqual([
      ['1月', 0],
      ['2月', 0],
      ['3月', 0],
    ]);
    expect(section.charts.find((c) => c.key === 'raisedByCategory')!.points).toEqual([]);
    const nobody = await build(engine.storage, { view: 'street', communityIds: [], cadreId: null }, NOV);
    expect(nobody.figures.find((f) => f.key === 'raised')!.value).toBe(0);
  });

  it('reads only the scope through indexes: on CloudBase two aggregations a section', async () => {
    if (!engine.requests) return;
    const before = engine.requests().length;
    await build(engine.storage, STREET, AUTUMN);
    const made = engine.requests().slice(before);
    const { matters } = collectionNames();
    expect(made.map((r) => [r.action, r.collectionName])).toEqual([
      ['database.aggregateDocuments', matters],
      ['database.aggregateDocuments', matters],
    ]);
    expect(queriesWithoutIndex(made, { [matters]: cloudbaseCollectionSetup.matters })).toEqual([]);
    // The index is the one declared for it, not any index starting with communityId.
    const withoutIt = cloudbaseCollectionSetup.matters.indexes.filter((i) => !i.serves.startsWith('matterStats'));
    expect(
      queriesWithoutIndex(made, { [matters]: { ...cloudbaseCollectionSetup.matters, indexes: withoutIt } }),
    ).not.toEqual([]);
  });
});

describe('居民说事 figures on sqlite: the query plans', () => {
  it('read the scope by matters_by_community_updated and the timelines by matter, never a whole table', () => {
    const storage = openSqliteStorage(':memory:');
    const params = { ...matterStatsSql.paramsOf(STREET, YEAR), skip: 0, take: 2 };
    const planOf = (sql: string) =>
      (storage.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    for (const plan of [planOf(matterStatsSql.tallies(2, YEAR.months.length)), planOf(matterStatsSql.median(2))]) {
      expect(plan).toContainEqual(expect.stringContaining('SEARCH m USING INDEX matters_by_community_updated'));
      expect(plan).toContainEqual(expect.stringContaining('SEARCH t USING INDEX matter_timeline_by_matter'));
      expect(plan.filter((step) => /SCAN (m|t|matters|matter_timeline)\b/.test(step))).toEqual([]);
    }
    storage.db.close();
  });
});
