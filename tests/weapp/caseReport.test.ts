/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { cloudUploadFolder } from '@domain/uploads';
import { caseDetail, PROPERTY } from '../support/builders/caseViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';
import { typeInto } from './textBox';

// 孙丽, grid worker of 东门第一网格 only (host/seed.ts): her one grid is chosen for her.
const SUN = 'u-grid-sun';

describe('信息采集 (real weapp build)', () => {
  const pages = weappPageTests();

  function openReport(): MiniPage {
    const backend = signedInBackend(pages.data, userView(pages.data, SUN)).on('casework', 'report', (data) => {
      const { title } = data as { title: string };
      return { ok: true, data: { case: caseDetail('k9', { title, holder: PROPERTY }) } };
    });
    // She agreed to the privacy guide before: the photo picker opens at once.
    return pages.open(routes.caseReport.path, { backend, privacyAgreed: true });
  }

  function fillIn(p: MiniPage): void {
    typeInto(p, 'report-title', '小区路灯不亮');
    p.tap('report-category-facilities');
    typeInto(p, 'report-description', '3号楼东侧的路灯一个星期没亮，晚上很黑');
  }

  test('孙丽 reports with her grid, a category and a photo uploaded to her cloud folder, then sees the case', async () => {
    const p = openReport();
    await p.waitForId('case-report');
    expect(p.classes('report-grid-g-dongmen-1')).toContain('mq-choice--active');
    fillIn(p);
    p.tap('report-compound-p-xingfu');
    await p.waitFor(() => p.classes('report-compound-p-xingfu').includes('mq-choice--active'), 'the compound');
    typeInto(p, 'report-location', '3号楼东侧');

    p.tap('photo-add');
    await p.waitForId('photo-0');
    await p.waitFor(() => p.wx.uploads.length === 1 && !p.text('photo-0').includes('上传中'), 'the upload');
    const [upload] = p.wx.uploads;
    // Compressed before it goes up, into her own folder: the functions take only files from there.
    expect(upload.filePath).toMatch(/^http:\/\/tmp\/compressed-\d+\.jpg$/);
    expect(upload.cloudPath.startsWith(cloudUploadFolder(SUN))).toBe(true);

    p.tap('report-submit');
    await p.waitFor(() => p.wx.navigations.length > 0, 'the case page');
    expect(p.backend.callsOf('casework', 'report').map((c) => c.data)).toEqual([
      {
        title: '小区路灯不亮',
        description: '3号楼东侧的路灯一个星期没亮，晚上很黑',
        category: 'facilities',
        gridId: 'g-dongmen-1',
        compoundId: 'p-xingfu',
        location: '3号楼东侧',
        photos: [`cloud://minqing-test.6d69-minqing-test/${upload.cloudPath}`],
      },
    ]);
    expect(p.backend.callsOf('casework', 'report')[0].requestId).toBeTruthy();
    expect(p.wx.navigations).toEqual([{ api: 'redirectTo', url: '/packages/cases/case/index?id=k9' }]);
  }, 30_000);

  test('without a photo the form says so and sends nothing', async () => {
    const p = openReport();
    await p.waitForId('case-report');
    fillIn(p);
    await p.waitFor(() => p.classes('report-category-facilities').includes('mq-choice--active'), 'the category');
    p.tap('report-submit');
    await p.waitFor(() => p.text('case-report').includes('请至少拍一张现场照片'), 'the photo complaint');
    await p.settle();
    expect(p.backend.callsOf('casework', 'report')).toEqual([]);
    expect(p.wx.navigations).toEqual([]);
  }, 30_000);
});
