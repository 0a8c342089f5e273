import { cleanup, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { caseDetail, caseworkStandIn, CHENGGUAN } from './caseworkStandIn';
import { setRouterParams } from './mattersTaroMock';
import { appears, click, text } from './dom';
import { renderPage } from './render';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

/** 张桂兰 raises a matter and 东门社区's committee publishes it (open). */
async function publishedMatter(scene: Awaited<ReturnType<typeof caseworkStandIn>>): Promise<string> {
  const { matter } = await scene.server.act<{ matter: { id: string } }>('matter', 'u-resident-zhang', 'raise', {
    title: '小区路灯不亮',
    body: '3号楼前的路灯一个星期没亮了，晚上老人出门看不清路。',
    category: 'facilities',
  });
  await scene.server.act('matter', 'u-committee-chen', 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id],
    decision: 'approve',
  });
  return matter.id;
}

describe('街呼区应 on the matter page (jsdom)', () => {
  it('the committee dispatches an open matter with no case', async () => {
    const scene = await caseworkStandIn('u-committee-chen', {
      answers: { forMatter: () => ({ current: null, past: [] }) },
    });
    const id = await publishedMatter(scene);
    setRouterParams({ id });
    renderPage(<MatterPage />, scene.backend);
    await appears('#matter-dispatch');
    expect(scene.sent('forMatter').map((c) => c.data)).toEqual([{ matterId: id }]);
    click('#matter-dispatch');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/cases/dispatch/index?matterId=${encodeURIComponent(id)}`,
    });
  });

  it('shows the open case (state, holder, due time; overdue in red) and no 派遣; a tap opens the case', async () => {
    const current = caseDetail('k1', { holder: CHENGGUAN, state: 'accepted', dueInHours: -2, overdue: true });
    const scene = await caseworkStandIn('u-committee-chen', {
      answers: { forMatter: () => ({ current, past: [] }) },
    });
    const id = await publishedMatter(scene);
    setRouterParams({ id });
    renderPage(<MatterPage />, scene.backend);
    await appears('#matter-case-current');
    expect(text('#matter-case-state')).toBe('处理中');
    expect(text('#matter-case')).toContain('区直部门 · 区城管局');
    expect(text('#matter-case')).toMatch(/\d+月\d+日\d\d:\d\d前（已超期）/);
    expect(document.querySelector('.matter-case__overdue')).not.toBeNull();
    expect(document.querySelector('#matter-dispatch')).toBeNull();
    click('#matter-case-open');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/case/index?id=k1' });
  });

  it('says when the case cannot be read, and residents never ask', async () => {
    const scene = await caseworkStandIn('u-committee-chen', {
      answers: { forMatter: () => ({ current: null, past: [] }) },
    });
    scene.refuseNext('forMatter', 'INTERNAL', '系统开小差了，请稍后重试');
    const id = await publishedMatter(scene);
    setRouterParams({ id });
    renderPage(<MatterPage />, scene.backend);
    expect(await screen.findByText('案件情况暂时读不到：系统开小差了，请稍后重试')).toBeTruthy();

    cleanup();
    const resident = await caseworkStandIn('u-resident-li');
    setRouterParams({ id: await publishedMatter(resident) });
    renderPage(<MatterPage />, resident.backend);
    await appears('#matter-detail');
    expect(resident.sent('forMatter')).toEqual([]);
  });
});
