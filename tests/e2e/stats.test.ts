import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { readXlsx } from '../support/readXlsx';
import { callAs } from './support/api';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs, visible } from './support/session';

jest.setTimeout(180_000);

/**
 * A thumb's tap on something further down the page: scrolled to the middle first, then pressed
 * where it is. (Playwright's own click scrolls it to the top edge, under h5's sticky navigation
 * bar, which then takes the click.)
 */
async function tap(page: Page, target: Locator): Promise<void> {
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await target.boundingBox();
  if (!box) throw new Error('the target is not on the screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * 数据看板 end to end in Chromium on the local host: 陈秀英 opens it from her home, switches the
 * period, opens a chart's numbers, and exports 居民说事台账; the workbook downloads and opens with
 * the ledger's columns.
 */
describe('数据看板 and 导出台账 (h5 on the local host)', () => {
  const env = useHostAndBrowser();

  it('陈秀英 reads this year’s figures and downloads 居民说事台账', async () => {
    // The host starts with the demo people and places; a resident raises something to count.
    const raised = await callAs(env.host.url, 'u-resident-zhang', 'matter', 'raise', {
      title: '小区东门路灯不亮了',
      body: '东门路灯坏了一个多星期，晚上进出很不方便。',
      category: 'facilities',
      photos: [],
    });
    expect(raised.ok).toBe(true);

    const { page } = env;
    await signInAs(page, 'u-committee-chen');
    await visible(page, '#entry-stats').click();
    await page.waitForSelector('#stats-heading');
    expect(await visible(page, '#stats-heading').textContent()).toMatch(/^东门社区\d{4}年\d{1,2}月$/);

    await visible(page, '#period-thisYear').click();
    await page.waitForFunction(() =>
      /^东门社区\d{4}年$/.test(document.querySelector('#stats-heading')?.textContent ?? ''),
    );
    await page.waitForSelector('#section-matters .st-chart');

    const toggle = visible(page, '#section-matters .st-chart__toggle');
    await tap(page, toggle);
    const numbers = visible(page, '#section-matters .st-numbers');
    await numbers.waitFor();
    expect(await numbers.locator('[role="row"]').first().textContent()).toMatch(/^(月份|类别)数值/);
    expect(await toggle.textContent()).toBe('收起数字');

    await tap(page, visible(page, '#stats-export'));
    await page.waitForSelector('#export-sheet');
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await visible(page, '#export-matters-start').click();
    const download = await downloaded;
    await page.waitForSelector('#export-done');
    expect(download.suggestedFilename()).toMatch(/^居民说事台账-.*\.xlsx$/);
    const book = readXlsx(new Uint8Array(readFileSync(await download.path())), { titleRows: 2 });
    const [sheet] = Object.values(book.sheets);
    expect(sheet.titles?.[0]).toBe('东门社区 居民说事台账');
    expect(sheet.header).toEqual([
      '编号',
      '日期',
      '提出人(已脱敏)',
      '类别',
      '议题',
      '协商时间',
      '参与人员',
      '协商结果',
      '落实情况',
      '满意度',
    ]);
    expect(await visible(page, '#export-done').textContent()).toContain(download.suggestedFilename());
  });
});
