/** @jest-environment jsdom */
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { routes } from '@domain/routes';

const ZHANG = 'u-resident-zhang';
const EXPORT_URL = 'https://env-1234.tcb.qcloud.la/exports/u-resident-zhang/r4nd0m/minqing-my-data-20261205-1830.xlsx';

describe('导出我的数据 on the 账号与隐私 page (real weapp build)', () => {
  const pages = weappPageTests();

  test('downloads the workbook and opens it in WeChat’s document viewer, its menu shown', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, ZHANG)).reply('account', 'exportMyData', {
      fileName: 'minqing-my-data-20261205-1830.xlsx',
      url: EXPORT_URL,
      expiresAt: Date.UTC(2026, 11, 5, 11, 30),
      bytes: 12_345,
    });
    const p = pages.open(routes.account.path, { backend });
    await p.waitForId('account-export-start');

    p.tap('account-export-start');
    await p.waitForId('account-export-ready');
    expect(backend.callsOf('account', 'exportMyData')).toHaveLength(1);
    expect(p.wx.downloads).toEqual([EXPORT_URL]);
    expect(p.text('account-export-ready')).toContain('minqing-my-data-20261205-1830.xlsx，19:30前有效');
    expect(p.text('account-export-take')).toBe('打开表格');

    p.tap('account-export-take');
    await p.waitFor(() => p.wx.openedDocuments.length === 1, 'the document viewer to open');
    expect(p.wx.openedDocuments).toEqual([{ filePath: 'http://tmp/download-1', fileType: 'xlsx', showMenu: true }]);
  });
});
