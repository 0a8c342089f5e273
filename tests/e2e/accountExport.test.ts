import { readFileSync } from 'node:fs';
import { readXlsx } from '../support/readXlsx';
import { callAs } from './support/api';
import { useHostAndBrowser } from './support/hostAndBrowser';
import { signInAs } from './support/session';
import { routes, routeUrl } from '@domain/routes';

jest.setTimeout(120_000);

describe('导出我的数据 in h5 on the local host', () => {
  const env = useHostAndBrowser();

  it('downloads a workbook that opens and holds her profile and her matter', async () => {
    const title = '小区东门路灯不亮了';
    const raised = await callAs(env.host.url, 'u-resident-zhang', 'matter', 'raise', {
      title,
      body: '东门路灯坏了一个多星期，晚上进出很不方便。',
      category: 'facilities',
      photos: [],
    });
    expect(raised.ok).toBe(true);

    const { page } = env;
    await signInAs(page, 'u-resident-zhang');
    await page.goto(`/#${routeUrl(routes.account)}`);
    await page.click('#account-export-start');
    await page.waitForSelector('#account-export-ready');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#account-export-take')]);

    expect(download.suggestedFilename()).toMatch(/^minqing-my-data-\d{8}-\d{4}\.xlsx$/);
    const book = readXlsx(new Uint8Array(readFileSync(await download.path())));
    expect(book.sheetNames).toContain('我的说事');
    expect(book.sheets['个人资料'].rows).toEqual([expect.objectContaining({ 姓名: '张桂兰' })]);
    expect(book.sheets['我的说事'].rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ 说事编号: raised.data.matter.id, 标题: title })]),
    );
  });
});
