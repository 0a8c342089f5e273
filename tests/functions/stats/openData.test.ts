import { unzipSync } from 'fflate';
import { openDataFiles } from '@domain/stats/openData';
import { readCsv } from '../../support/readCsv';
import { seededBackend, type SeededBackend } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';

const GUEST = { openid: 'wx-passer-by' };
const HOUR = 3_600_000;
const PHONE = '13812345678';

/** A resident raises a matter; 东门 reviews first, so its committee approves it unless told. */
async function raise(backend: SeededBackend, author: string, title: string, body: string, approve = true) {
  const { matter } = await backend.act('matter', author, 'raise', { title, body, category: 'parking', photos: [] });
  if (approve && author !== 'u-resident-wang') {
    await backend.act('matter', 'u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [matter.id],
      decision: 'approve',
    });
  }
  return matter.id as string;
}

function filesOf(bytes: Uint8Array | undefined): Record<string, string[][]> {
  if (!bytes) throw new Error('nothing published');
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => [name, readCsv(Buffer.from(content).toString('utf8'))]),
  );
}

describe.each<EngineName>(['sqlite', 'cloudbase'])('stats.openData (%s)', (engine) => {
  it('gives anyone a ZIP of the public matters, the monthly figures and the data dictionary, nothing personal', async () => {
    const backend = await seededBackend({ engine });
    const shown = await raise(backend, 'u-resident-zhang', '东门口晚上乱停车', `车主电话${PHONE}，堵了消防通道`);
    backend.deps.clock.advance(HOUR);
    await raise(backend, 'u-resident-li', '楼道灯坏了', '3号楼楼道灯一周没亮了，晚上很黑', false);
    await raise(backend, 'u-resident-wang', '西门广场噪音', '广场舞音响太大，晚上九点还没停');

    const answer = await backend.call('stats', GUEST, 'openData', { communityId: 'c-dongmen' });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.data).toMatchObject({
      communityName: '东门社区',
      url: 'memory://open-data/c-dongmen.zip',
      fileName: '东门社区公开数据.zip',
      updatedAt: backend.deps.clock.now(),
    });
    expect(answer.data.files.map((f: { name: string }) => f.name)).toEqual([
      '说事.csv',
      '每月统计.csv',
      '数据说明.csv',
    ]);

    const files = filesOf(backend.deps.openDataFiles.published.get('c-dongmen'));
    expect(Object.keys(files)).toEqual(['说事.csv', '每月统计.csv', '数据说明.csv']);
    const [header, ...matters] = files['说事.csv'];
    expect(header).toEqual(openDataFiles[0].columns.map((c) => c.name));
    // Only 东门's public matter: the one waiting for review and 西门's are not in it.
    expect(matters).toEqual([
      [
        shown,
        '2026-11-27',
        '停车',
        '东门口晚上乱停车',
        '车主电话138****5678，堵了消防通道',
        '征集意见',
        '0',
        '0',
        '',
        '',
      ],
    ]);
    const everything = JSON.stringify(files);
    expect(everything).not.toContain(PHONE);
    expect(everything).not.toContain('张桂兰');
    // The dictionary names every column of every file.
    const dictionary = files['数据说明.csv'].slice(1).map(([file, column]) => `${file}/${column}`);
    expect(dictionary).toEqual(openDataFiles.flatMap((f) => f.columns.map((c) => `${f.name}/${c.name}`)));
  });

  it("holds each month's figures exactly as the committee's dashboard gives them for that month", async () => {
    const backend = await seededBackend({ engine });
    await raise(backend, 'u-resident-zhang', '小区停车难', '晚上下班回来总找不到车位');
    await backend.act('stats', GUEST, 'openData', { communityId: 'c-dongmen' });
    const [header, ...lines] = filesOf(backend.deps.openDataFiles.published.get('c-dongmen'))['每月统计.csv'];
    expect(header).toEqual(['月份', '板块', '指标', '数值', '单位', '口径']);
    const months = [...new Set(lines.map(([month]) => month))];
    for (const month of months) {
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      const board = await backend.act('stats', 'u-committee-chen', 'dashboard', {
        period: { kind: 'custom', from: `${month}-01`, to: `${month}-${last}` },
      });
      const expected = board.sections.flatMap(
        (section: { title: string; figures: { label: string; value: number | null; unit: string; rule: string }[] }) =>
          section.figures.map((f) => [
            month,
            section.title,
            f.label,
            f.value === null ? '' : String(f.value),
            f.unit,
            f.rule,
          ]),
      );
      expect(lines.filter(([m]) => m === month)).toEqual(expected);
    }
    // Twelve months when the dashboard has figures, ending with the current one.
    if (lines.length > 0) expect(months).toHaveLength(12);
    if (lines.length > 0) expect(months[11]).toBe('2026-11');
  });

  it('rebuilds the ZIP only once it is a day old, at the same address', async () => {
    const backend = await seededBackend({ engine });
    const first = await backend.act('stats', GUEST, 'openData', { communityId: 'c-dongmen' });
    const built = backend.deps.openDataFiles.published.get('c-dongmen');
    await raise(backend, 'u-resident-zhang', '新的说事', '刚刚提出的说事内容，请居委会看看');
    backend.deps.clock.advance(23 * HOUR);
    const again = await backend.act('stats', GUEST, 'openData', { communityId: 'c-dongmen' });
    expect(again.updatedAt).toBe(first.updatedAt);
    expect(backend.deps.openDataFiles.published.get('c-dongmen')).toBe(built);
    backend.deps.clock.advance(HOUR);
    const rebuilt = await backend.act('stats', GUEST, 'openData', { communityId: 'c-dongmen' });
    expect(rebuilt.updatedAt).toBe(backend.deps.clock.now());
    expect(rebuilt.url).toBe(first.url);
    expect(filesOf(backend.deps.openDataFiles.published.get('c-dongmen'))['说事.csv']).toHaveLength(2);
  });

  it('answers an unknown community as not found and publishes nothing', async () => {
    const backend = await seededBackend({ engine });
    expect(await backend.call('stats', GUEST, 'openData', { communityId: 'c-nowhere' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(backend.deps.openDataFiles.published.size).toBe(0);
  });
});
