import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import DispatchPage from '../../src/packages/cases/dispatch/index';
import ReportPage from '../../src/packages/cases/report/index';
import { resetTaroMock } from '../support/taroMock';
import { caseDetail, caseworkStandIn, CHENGGUAN, GRID, openCasePage, PROPERTY, STREET } from './caseworkStandIn';
import { $, appears, click, text, typeInto } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());
jest.mock('../../src/api/photos', () => ({
  uploadPhoto: jest.fn(async (path: string) => ({ fileId: `local/${path.slice(-6)}.jpg`, url: '/files/x.jpg' })),
}));

beforeEach(() => resetTaroMock());

describe('信息采集 (jsdom)', () => {
  it('checks the report with the contract, then sends it with the photo and opens the new case', async () => {
    const scene = await caseworkStandIn('u-grid-sun', {
      answers: { report: () => ({ case: caseDetail('k9', { holder: PROPERTY }) }) },
    });
    openCasePage('cases/report', ReportPage, scene.backend);
    await appears('#case-report');
    // 孙丽 has one grid: it is chosen, and its compounds are offered.
    expect($('#report-grid-g-dongmen-1').getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('#report-compound-p-xingfu')).not.toBeNull();
    expect(document.querySelector('#report-compound-p-gulou')).toBeNull();

    click('#report-submit');
    expect(await screen.findAllByText('请填写标题，至少4个字')).not.toHaveLength(0);
    expect(screen.getAllByText('请至少拍一张现场照片')).not.toHaveLength(0);
    expect(screen.getAllByText('请选择事项类别')).not.toHaveLength(0);
    expect(scene.sent('report')).toEqual([]);

    typeInto('report-title', '小区路灯不亮');
    click('#report-category-facilities');
    click('#report-compound-p-xingfu');
    typeInto('report-location', '3号楼东侧');
    typeInto('report-description', '3号楼东侧的路灯一个星期没亮，晚上很黑');
    (Taro.chooseImage as jest.Mock).mockResolvedValueOnce({ tempFilePaths: ['blob:lamp01'] });
    click('#photo-add');
    await appears('#privacy-sheet');
    click('#privacy-agree');
    await waitFor(() => expect($('#photo-0').getAttribute('data-status')).toBe('done'));
    click('#report-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/cases/case/index?id=k9' }));
    expect(scene.sent('report').map((c) => c.data)).toEqual([
      {
        title: '小区路灯不亮',
        description: '3号楼东侧的路灯一个星期没亮，晚上很黑',
        category: 'facilities',
        gridId: 'g-dongmen-1',
        compoundId: 'p-xingfu',
        location: '3号楼东侧',
        photos: ['local/lamp01.jpg'],
      },
    ]);
  });

  it('says the server’s refusal as written', async () => {
    const scene = await caseworkStandIn('u-grid-sun', { answers: { report: () => ({ case: caseDetail('k9') }) } });
    scene.refuseNext('report', 'FORBIDDEN', '您不负责这个网格');
    openCasePage('cases/report', ReportPage, scene.backend);
    await appears('#case-report');
    typeInto('report-title', '小区路灯不亮');
    click('#report-category-facilities');
    typeInto('report-description', '3号楼东侧的路灯一个星期没亮，晚上很黑');
    (Taro.chooseImage as jest.Mock).mockResolvedValueOnce({ tempFilePaths: ['blob:lamp02'] });
    click('#photo-add');
    await appears('#privacy-sheet');
    click('#privacy-agree');
    await waitFor(() => expect($('#photo-0').getAttribute('data-status')).toBe('done'));
    click('#report-submit');
    await appears('#report-error');
    expect(text('#report-error')).toBe('您不负责这个网格');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

describe('派遣 (jsdom)', () => {
  const suggestion = () => ({
    suggested: PROPERTY,
    ruleId: 'r1',
    slaClass: 'utilities' as const,
    dueAt: Date.parse('2026-12-08T17:00:00+08:00'),
    choices: [GRID, PROPERTY, CHENGGUAN, STREET],
  });

  it('shows the routing table’s suggestion and dispatches to it', async () => {
    const scene = await caseworkStandIn('u-committee-chen', {
      answers: { routeSuggestion: suggestion, dispatch: () => ({ case: caseDetail('k1') }) },
    });
    openCasePage('cases/dispatch', DispatchPage, scene.backend, { matterId: 'm1' });
    await appears('#dispatch-suggestion');
    expect(text('#dispatch-suggestion')).toContain('物业 · 幸福物业');
    expect(text('#dispatch-suggestion')).toContain('水电气暖（24小时）');
    expect(text('#dispatch-suggestion')).toContain('12月8日17:00前答复');
    click('#dispatch-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/cases/case/index?id=k1' }));
    expect(scene.sent('routeSuggestion').map((c) => c.data)).toEqual([{ matterId: 'm1' }]);
    expect(scene.sent('dispatch').map((c) => c.data)).toEqual([{ matterId: 'm1', overrideReason: '' }]);
  });

  it('another body needs a reason; the override is sent with it', async () => {
    const scene = await caseworkStandIn('u-committee-chen', {
      answers: { routeSuggestion: suggestion, dispatch: () => ({ case: caseDetail('k1', { holder: CHENGGUAN }) }) },
    });
    openCasePage('cases/dispatch', DispatchPage, scene.backend, { matterId: 'm1' });
    await appears('#dispatch-mode-other');
    click('#dispatch-mode-other');
    // The suggested body is not offered again as "another".
    expect(document.querySelector('#dispatch-holder-property-pc-xingfu')).toBeNull();
    click('#dispatch-submit');
    expect(await screen.findAllByText('请选择派给哪个单位')).not.toHaveLength(0);
    click('#dispatch-holder-department-dep-chengguan');
    click('#dispatch-submit');
    expect(await screen.findAllByText('请写明原因，至少4个字')).not.toHaveLength(0);
    expect(scene.sent('dispatch')).toEqual([]);
    typeInto('dispatch-reason', '路灯线路属市政管网，物业无权维修');
    click('#dispatch-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(scene.sent('dispatch').map((c) => c.data)).toEqual([
      {
        matterId: 'm1',
        holder: { kind: 'department', id: 'dep-chengguan' },
        overrideReason: '路灯线路属市政管网，物业无权维修',
      },
    ]);
  });

  it('says why the suggestion cannot be read', async () => {
    const scene = await caseworkStandIn('u-committee-chen', { answers: { routeSuggestion: suggestion } });
    scene.refuseNext('routeSuggestion', 'INVALID_STATE', '这件说事已有办理中的案件，不能再派遣');
    openCasePage('cases/dispatch', DispatchPage, scene.backend, { matterId: 'm1' });
    await appears('#state-error');
    expect(text('#state-error')).toContain('这件说事已有办理中的案件，不能再派遣');
  });
});
