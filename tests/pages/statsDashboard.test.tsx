import { waitFor } from '@testing-library/react';
import { openExport } from '../../src/api/exportFile';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text } from './dom';
import { mattersSection, openDashboard, quietSection, statsStandIn } from './statsStandIn';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());
// The platform's file handling (WeChat's download and document viewer, the browser's download):
// the page is told the file is ready and asked to open it.
jest.mock('../../src/api/exportFile', () => ({
  fetchExport: jest.fn(async (fileName: string, url: string) => ({ fileName, url, localPath: null })),
  openExport: jest.fn(async () => undefined),
}));

beforeEach(() => {
  resetTaroMock();
  (openExport as jest.Mock).mockClear();
});

describe('数据看板 (jsdom)', () => {
  it('the committee reads its community this month: figures with units, — for what cannot be computed, a quiet section says 本期暂无记录', async () => {
    const scene = await statsStandIn('u-committee-chen');
    openDashboard(scene.backend);
    await appears('#section-matters');
    expect(text('#stats-heading')).toBe('东门社区2026年11月');
    expect(scene.sent('dashboard').map((c) => c.data)).toEqual([{ period: { kind: 'thisMonth' } }]);
    expect(text('#figure-matters-raised')).toContain('12件说事件数');
    expect(text('#figure-matters-onTime')).toContain('91.7%');
    expect(text('#figure-matters-median')).toContain('—');
    expect(text('#section-visits-empty')).toBe('本期暂无记录');
    expect(document.querySelector('#figure-visits-bookings')).toBeNull();
    // One community: no picker.
    expect(document.querySelector('#stats-community-all')).toBeNull();
  });

  it('switching the period asks for it and shows its label', async () => {
    const scene = await statsStandIn('u-committee-chen');
    openDashboard(scene.backend);
    await appears('#section-matters');
    click('#period-lastMonth');
    await waitFor(() => expect(text('#stats-heading')).toBe('东门社区2026年10月'));
    click('#period-thisYear');
    await waitFor(() => expect(text('#stats-heading')).toBe('东门社区2026年'));
    click('#period-custom');
    await appears('#period-from');
    const periods = scene.sent('dashboard').map((c) => c.data.period);
    expect(periods.slice(0, 3)).toEqual([{ kind: 'thisMonth' }, { kind: 'lastMonth' }, { kind: 'thisYear' }]);
    await waitFor(() => expect(scene.sent('dashboard')).toHaveLength(4));
    const custom = scene.sent('dashboard')[3].data.period;
    expect(custom).toEqual({ kind: 'custom', from: expect.stringMatching(/^\d{4}-\d{2}-01$/), to: expect.any(String) });
    expect($('#period-custom').getAttribute('aria-checked')).toBe('true');
  });

  it('a figure’s tile opens its 口径', async () => {
    const scene = await statsStandIn('u-committee-chen');
    openDashboard(scene.backend);
    await appears('#figure-matters-onTime');
    click('#figure-matters-onTime');
    await appears('#figure-rule');
    expect(text('#figure-rule')).toContain(mattersSection.figures[1].rule);
    click('#figure-rule-close');
    await waitFor(() => expect(document.querySelector('#figure-rule')).toBeNull());
  });

  it('the charts write every value out, and 查看数字 opens the numbers behind them in one tap', async () => {
    const scene = await statsStandIn('u-committee-chen');
    openDashboard(scene.backend);
    await appears('#chart-matters-byMonth');
    // Values are text beside the bars, not only their lengths.
    expect(text('#chart-matters-byMonth')).toContain('9月');
    expect(text('#chart-matters-byCategory')).toContain('停车6件 · 50%');
    expect(document.querySelector('#chart-matters-byMonth-numbers')).toBeNull();
    click('#chart-matters-byMonth-numbers-toggle');
    await appears('#chart-matters-byMonth-numbers');
    const rows = [...document.querySelectorAll('#chart-matters-byMonth-numbers [role="row"]')].map(
      (r) => r.textContent,
    );
    expect(rows).toEqual(['月份数值', '9月3件', '10月0件', '11月9件']);
    click('#chart-matters-byCategory-numbers-toggle');
    await appears('#chart-matters-byCategory-numbers');
    expect(text('#chart-matters-byCategory-numbers')).toContain('设施4件33.3%');
    expect(text('#chart-matters-byCategory-numbers')).toContain('合计12件100%');
    expect(text('#chart-matters-byMonth-numbers-toggle')).toBe('收起数字');
  });

  it('a table reads as a list of rows, — where a figure cannot be computed', async () => {
    const scene = await statsStandIn('u-committee-chen');
    openDashboard(scene.backend);
    await appears('#table-matters-departments');
    expect(text('#table-matters-departments-dep-chengguan')).toBe('区城管局承办件数5件按期办结率80%');
    expect(text('#table-matters-departments-dep-water')).toBe('区水务局承办件数0件按期办结率—');
  });

  it('the street chooses one of its communities or all of them', async () => {
    const scene = await statsStandIn('u-street-zhou');
    openDashboard(scene.backend);
    await appears('#stats-community-all');
    expect($('#stats-community-all').getAttribute('aria-checked')).toBe('true');
    click('#stats-community-c-dongmen');
    await waitFor(() => expect(scene.sent('dashboard')).toHaveLength(2));
    expect(scene.sent('dashboard')[1].data).toEqual({ period: { kind: 'thisMonth' }, communityId: 'c-dongmen' });
    await waitFor(() => expect(text('#stats-heading')).toContain('东门社区'));
  });

  it('a period with nothing at all reads 本期暂无记录, not a wall of zeros', async () => {
    const scene = await statsStandIn('u-cadre-liu', { sections: () => [quietSection] });
    openDashboard(scene.backend);
    await appears('#section-visits-empty');
    expect(document.querySelectorAll('.st-tile')).toHaveLength(0);
  });

  it('a failed load says why and 重试 loads again', async () => {
    const scene = await statsStandIn('u-committee-chen');
    scene.refuseNext('dashboard', 'INTERNAL', '服务暂时不可用，请稍后重试');
    openDashboard(scene.backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('服务暂时不可用');
    click('#state-error .mq-state__action');
    await appears('#section-matters');
  });
});

describe('导出台账 (jsdom)', () => {
  it('the committee exports 居民说事台账 for the period: progress while the job runs, then the file opens', async () => {
    const scene = await statsStandIn('u-committee-chen', { exportSteps: 2 });
    openDashboard(scene.backend);
    await appears('#stats-export');
    click('#period-lastMonth');
    await waitFor(() => expect(text('#stats-heading')).toContain('10月'));
    click('#stats-export');
    await appears('#export-sheet');
    expect(document.querySelectorAll('.st-export__ledger')).toHaveLength(4);
    click('#export-matters-start');
    await appears('#export-progress');
    await waitFor(() => expect(text('#export-progress')).toContain('已写入 60 行'), { timeout: 3000 });
    await appears('#export-done', 4000);
    expect(text('#export-done')).toContain('居民说事台账-202611.xlsx（120行）');
    expect(scene.sent('exportLedger').map((c) => c.data)).toEqual([
      { ledger: 'matters', period: { kind: 'lastMonth' } },
    ]);
    expect(scene.sent('exportJob').map((c) => c.data)).toEqual([{ jobId: 'job-1' }, { jobId: 'job-1' }]);
    expect(openExport).toHaveBeenCalledWith({
      fileName: '居民说事台账-202611.xlsx',
      url: 'https://files.test/居民说事台账-202611.xlsx',
      localPath: null,
    });
  }, 15000);

  it('a cadre may export only their 民情日记 and 接访登记 ledgers', async () => {
    const scene = await statsStandIn('u-cadre-liu');
    openDashboard(scene.backend);
    await appears('#stats-export');
    click('#stats-export');
    await appears('#export-sheet');
    const ledgers = [...document.querySelectorAll('.st-export__ledger')].map((l) => l.id);
    expect(ledgers).toEqual(['export-visitDiary', 'export-receptions']);
  });

  it('a failed job says the reason and offers 重试, which starts it again', async () => {
    const scene = await statsStandIn('u-committee-chen', {
      exportSteps: 1,
      exportFails: '台账行数超过上限，请缩短周期',
    });
    openDashboard(scene.backend);
    await appears('#stats-export');
    click('#stats-export');
    await appears('#export-sheet');
    click('#export-matters-start');
    await appears('#export-error', 4000);
    expect(text('#export-error')).toBe('台账行数超过上限，请缩短周期');
    expect(text('#export-matters-start')).toBe('重试：居民说事台账');
    click('#export-matters-start');
    await waitFor(() => expect(scene.sent('exportLedger')).toHaveLength(2));
    expect(openExport).not.toHaveBeenCalled();
  }, 15000);

  it('a refused export (not yet offered by the server) says so', async () => {
    const scene = await statsStandIn('u-committee-chen');
    scene.refuseNext('exportLedger', 'UNKNOWN_ACTION', '该功能正在建设中');
    openDashboard(scene.backend);
    await appears('#stats-export');
    click('#stats-export');
    await appears('#export-sheet');
    click('#export-receptions-start');
    await appears('#export-error');
    expect(text('#export-error')).toBe('该功能正在建设中');
  });
});
