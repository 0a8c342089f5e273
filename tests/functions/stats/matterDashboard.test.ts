import type { DashboardSection } from '@domain/stats/dashboard';
import { resolvePeriod } from '@domain/stats/period';
import type { SqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { seededBackend, type SeededBackend } from '../../support/seededBackend';
import { expectedMatterNumbers } from './matterExpected';
import { rawMatters, seedMatterStories } from './matterStories';

const COMMITTEE = 'u-committee-chen'; // 东门社区
const STREET = 'u-street-zhou'; // 古槐街道: 东门 and 西门
const CADRE = 'u-cadre-liu';

/** The demo, its matters, and a third community of another street with matters of its own. */
async function scene(): Promise<SeededBackend & { allMatters: () => Promise<{ id: string; communityId: string }[]> }> {
  const backend = await seededBackend();
  const { storage } = backend;
  await storage.places.saveStreet({ id: 's-other', name: '运河街道', districtId: 'd-rencheng' });
  await storage.places.saveCommunity({
    id: 'c-other',
    name: '运河社区',
    streetId: 's-other',
    officeAddress: '运河路1号',
    officePhone: '0537-2201899',
    reviewMattersFirst: false,
  });
  await seedMatterStories(storage, ['c-dongmen', 'c-ximen', 'c-other'], 20, 7);
  // Through the real services too: 张 raises in 东门 (reviewed first) and the committee publishes it;
  // 王 raises in 西门, published at once.
  const draft = { title: '楼道灯坏了', body: '3号楼二单元楼道灯坏了一周，晚上上楼很黑。', category: 'facilities' };
  const { matter } = await backend.act('matter', 'u-resident-zhang', 'raise', draft);
  await backend.act('matter', COMMITTEE, 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id],
    decision: 'approve',
  });
  await backend.act('matter', 'u-resident-wang', 'raise', { ...draft, title: '广场舞声音太大' });
  const allMatters = async () =>
    (storage as SqliteStorage).db.prepare('SELECT id, community_id AS communityId FROM matters').all() as {
      id: string;
      communityId: string;
    }[];
  return { ...backend, allMatters };
}

const section = (data: { sections: DashboardSection[] }) => data.sections.find((s) => s.key === 'matters');
const values = (s: DashboardSection | undefined) => Object.fromEntries(s!.figures.map((f) => [f.key, f.value]));

describe('stats.dashboard: the 居民说事 section through the handler (SQLite)', () => {
  it('a committee sees its community; a street its two; the other street’s community never counts', async () => {
    const backend = await scene();
    const { storage, deps } = backend;
    const period = resolvePeriod({ kind: 'thisMonth' }, deps.clock.now());
    const raw = await rawMatters(storage, await backend.allMatters());

    const committee = await backend.act('stats', COMMITTEE, 'dashboard', { period: { kind: 'thisMonth' } });
    expect(committee.view).toBe('community');
    const dongmen = expectedMatterNumbers(raw, ['c-dongmen'], period).figures;
    expect(values(section(committee))).toEqual(dongmen);
    expect(dongmen.raised).toBeGreaterThan(0);

    const street = await backend.act('stats', STREET, 'dashboard', { period: { kind: 'thisMonth' } });
    expect(street.view).toBe('street');
    const guhuai = expectedMatterNumbers(raw, ['c-dongmen', 'c-ximen'], period).figures;
    expect(values(section(street))).toEqual(guhuai);
    // A row per community, named as the directory names them.
    const byCommunity = section(street)!.tables.find((t) => t.key === 'byCommunity')!;
    expect(byCommunity.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['东门社区', dongmen.raised],
      ['西门社区', expectedMatterNumbers(raw, ['c-ximen'], period).figures.raised],
    ]);
    expect(section(committee)!.tables.map((t) => t.key)).toEqual(['byCategory']);
    expect(guhuai.raised).toBeGreaterThan(dongmen.raised);
    expect(expectedMatterNumbers(raw, ['c-dongmen', 'c-ximen', 'c-other'], period).figures.raised).toBeGreaterThan(
      guhuai.raised,
    );

    // A street may narrow to one of its communities, never look at another street's.
    const ximenOnly = await backend.act('stats', STREET, 'dashboard', {
      period: { kind: 'lastMonth' },
      communityId: 'c-ximen',
    });
    const october = resolvePeriod({ kind: 'lastMonth' }, deps.clock.now());
    expect(values(section(ximenOnly))).toEqual(expectedMatterNumbers(raw, ['c-ximen'], october).figures);
    const refused = await backend.call('stats', STREET, 'dashboard', {
      period: { kind: 'thisMonth' },
      communityId: 'c-other',
    });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('shows the rule of every figure, a trend point per month and is not on the cadre’s own dashboard', async () => {
    const backend = await scene();
    const year = await backend.act('stats', COMMITTEE, 'dashboard', { period: { kind: 'thisYear' } });
    const matters = section(year)!;
    expect(matters.title).toBe('居民说事');
    for (const figure of matters.figures) expect(figure.rule.length).toBeGreaterThan(10);
    expect(matters.charts.find((c) => c.key === 'raisedByMonth')!.points.map((p) => p.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
    );
    const cadre = await backend.act('stats', CADRE, 'dashboard', { period: { kind: 'thisMonth' } });
    expect(cadre.view).toBe('cadre');
    expect(section(cadre)).toBeUndefined();
  });
});
