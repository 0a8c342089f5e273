/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { seededBackend } from '../support/seededBackend';
import { mattersSection, quietSection } from '../support/builders/statsSections';
import { ok, type Envelope } from './harness';
import { signedInBackend, userView, weappPageTests } from './fixtures';

const CHEN = 'u-committee-chen';
const FILE_URL = 'https://env-1234.tcb.qcloud.la/ledgers/c-dongmen/居民说事台账-202611.xlsx';

// The real stats service over the seeded SQLite answers the frame (scope, period label); the
// sections are the test's, so the page is shown every kind of part whatever capability is merged.
describe('数据看板 (real weapp build)', () => {
  const pages = weappPageTests();

  async function openDashboard(elderMode: 'on' | 'off' = 'off', userId = CHEN) {
    const server = await seededBackend();
    const backend = signedInBackend(pages.data, userView(pages.data, userId, { elderMode })).on(
      'stats',
      'dashboard',
      async (data, call) => {
        const answer = (await server.as(userId)('stats', {
          action: 'dashboard',
          data,
          requestId: call.requestId,
        })) as Envelope;
        return answer.ok ? ok({ ...(answer.data as object), sections: [mattersSection, quietSection] }) : answer;
      },
    );
    const p = pages.open(routes.statsDashboard.path, {
      backend,
      ...(elderMode === 'on' ? { storage: { 'mq.elderMode': 'on' } } : {}),
    });
    await p.waitForId('section-matters');
    return { p, backend, server };
  }

  test('陈秀英 reads her community’s figures, their 口径, a chart’s numbers, and switches the period', async () => {
    const { p, backend, server } = await openDashboard();
    expect(p.text('stats-heading')).toBe('东门社区2026年11月');
    expect(p.text('figure-matters-raised')).toContain('12件');
    expect(p.text('figure-matters-median')).toContain('—');
    expect(p.text('section-visits-empty')).toBe('本期暂无记录');
    expect(p.text('chart-matters-byCategory')).toContain('停车6件 · 50%');

    p.tap('figure-matters-onTime');
    await p.waitForId('figure-rule');
    expect(p.text('figure-rule')).toContain(mattersSection.figures[1].rule);
    p.tap('figure-rule-close');
    await p.waitFor(() => !p.find('figure-rule'), 'the 口径 sheet to close');

    p.tap('chart-matters-byMonth-numbers-toggle');
    await p.waitForId('chart-matters-byMonth-numbers');
    expect(p.text('chart-matters-byMonth-numbers')).toContain('11月9件');

    p.tap('period-lastMonth');
    await p.waitFor(() => p.text('stats-heading').includes('10月'), 'last month’s figures');
    expect(backend.callsOf('stats', 'dashboard').map((c) => c.data)).toEqual([
      { period: { kind: 'thisMonth' } },
      { period: { kind: 'lastMonth' } },
    ]);
    await server.storage.close();
  }, 30_000);

  test('in elder mode the page is drawn large', async () => {
    const { p, server } = await openDashboard('on');
    expect(p.screenClasses()).toContain('mq-elder');
    await server.storage.close();
  }, 30_000);

  test('a ledger’s export is polled to done, downloaded and opened in WeChat’s document viewer', async () => {
    const { p, backend, server } = await openDashboard();
    let polls = 0;
    const job = {
      id: 'job-1',
      ledger: 'matters',
      title: '居民说事台账',
      communityId: null,
      period: { kind: 'thisMonth', from: '2026-11-01', to: '2026-11-30', label: '2026年11月' },
      state: 'running',
      progress: 40,
      rows: 48,
      fileName: null,
      url: null,
      expiresAt: null,
      error: null,
      createdAt: 0,
    };
    backend.reply('stats', 'exportLedger', { job: { ...job, state: 'queued', progress: 0, rows: 0 } });
    backend.on('stats', 'exportJob', () => {
      polls += 1;
      return ok({
        job:
          polls < 2
            ? job
            : { ...job, state: 'done', progress: 100, rows: 120, fileName: '居民说事台账-202611.xlsx', url: FILE_URL },
      });
    });
    p.tap('stats-export');
    await p.waitForId('export-sheet');
    p.tap('export-matters-start');
    await p.waitForId('export-progress');
    await p.waitForId('export-done');
    expect(p.wx.downloads).toEqual([FILE_URL]);
    await p.waitFor(() => p.wx.openedDocuments.length === 1, 'the document viewer to open');
    expect(p.wx.openedDocuments).toEqual([{ filePath: 'http://tmp/download-1', fileType: 'xlsx', showMenu: true }]);
    expect(p.text('export-open')).toBe('再次打开');
    await server.storage.close();
  }, 30_000);

  test('周涛 looks across the street, then at one community; 刘建国 may export only his own two ledgers', async () => {
    const street = await openDashboard('off', 'u-street-zhou');
    expect(street.p.text('stats-heading')).toBe('古槐街道（2个社区）2026年11月');
    street.p.tap('stats-community-c-ximen');
    await street.p.waitFor(() => street.p.text('stats-heading').startsWith('西门社区'), '西门社区’s figures');
    expect(street.backend.callsOf('stats', 'dashboard').map((c) => c.data)).toEqual([
      { period: { kind: 'thisMonth' } },
      { period: { kind: 'thisMonth' }, communityId: 'c-ximen' },
    ]);
    await street.server.storage.close();

    const cadre = await openDashboard('off', 'u-cadre-liu');
    expect(cadre.p.text('stats-heading')).toBe('刘建国2026年11月');
    cadre.p.tap('stats-export');
    await cadre.p.waitForId('export-sheet');
    expect(cadre.p.find('export-visitDiary-start')).toBeTruthy();
    expect(cadre.p.find('export-receptions-start')).toBeTruthy();
    expect(cadre.p.find('export-matters-start')).toBeFalsy();
    expect(cadre.p.find('export-volunteerHours-start')).toBeFalsy();
    await cadre.server.storage.close();
  }, 60_000);
});
