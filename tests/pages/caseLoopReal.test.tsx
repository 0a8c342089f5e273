import { cleanup, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '../../src/packages/cases/case/index';
import DispatchPage from '../../src/packages/cases/dispatch/index';
import ManagePage from '../../src/packages/committee/manage/index';
import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { openCasePage } from './caseworkStandIn';
import { appears, click, text, typeInto } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const COMMITTEE = 'u-committee-chen';
const PROPERTY_USER = 'u-property-zheng';
const GRID_WORKER = 'u-grid-sun';

/** 张桂兰 raises 小区路灯不亮 at 幸福小区 and 东门社区's committee publishes it. */
async function lampMatter(server: Awaited<ReturnType<typeof seededBackend>>): Promise<string> {
  const { matter } = await server.act<{ matter: { id: string } }>('matter', 'u-resident-zhang', 'raise', {
    title: '小区路灯不亮',
    body: '幸福小区3号楼前的路灯一个星期没亮了，晚上老人出门看不清路。',
    category: 'facilities',
    gridId: 'g-dongmen-1',
    compoundId: 'p-xingfu',
  });
  await server.act('matter', COMMITTEE, 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id],
    decision: 'approve',
  });
  return matter.id;
}

const buttons = () => [...document.querySelectorAll('#case-actions [id^="case-"]')].map((el) => el.id);

describe('the case loop through the pages, on the real casework function over SQLite (jsdom)', () => {
  it('the committee dispatches to 幸福物业 by the routing table; the company accepts and feeds back; the grid worker passes it', async () => {
    const server = await seededBackend();
    const matterId = await lampMatter(server);

    openCasePage('cases/dispatch', DispatchPage, server.as(COMMITTEE), { matterId });
    await appears('#dispatch-suggestion');
    expect(text('#dispatch-suggestion')).toContain('物业 · 幸福物业');
    expect(text('#dispatch-suggestion')).toContain('水电气暖（24小时）');
    click('#dispatch-submit');
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const url = (Taro.redirectTo as jest.Mock).mock.calls[0][0].url as string;
    expect(url).toMatch(/^\/packages\/cases\/case\/index\?id=/);
    const caseId = decodeURIComponent(url.split('id=')[1]);
    cleanup();

    openCasePage('cases/case', CasePage, server.as(PROPERTY_USER), { id: caseId });
    await appears('#case-accept');
    expect(text('#case-state')).toBe('已派遣，待受理');
    expect(text('#case-holder')).toContain('幸福物业');
    expect(buttons()).toEqual(expect.arrayContaining(['case-accept', 'case-return']));
    click('#case-accept');
    await waitFor(() => expect(text('#case-state')).toBe('处理中'));
    click('#case-feedback');
    await appears('#case-sheet');
    typeInto('case-feedback-text', '已更换3号楼前路灯灯泡，恢复照明');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已反馈，待核查'));
    expect(buttons()).toEqual([]);
    cleanup();

    openCasePage('cases/case', CasePage, server.as(GRID_WORKER), { id: caseId });
    await appears('#case-pass');
    click('#case-pass');
    await appears('#case-sheet');
    typeInto('case-note', '现场查看，路灯已亮');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已核查办结'));
    expect(text('#case-events')).toContain('已派至 幸福物业');
    expect(text('#case-events')).toContain('幸福物业 已受理');
    expect(text('#case-events')).toContain('处理反馈：已更换3号楼前路灯灯泡，恢复照明');
    expect(text('#case-events')).toContain('核查通过');
    cleanup();

    // The committee reads the case on the matter page, instead of the old escalation card.
    openCasePage('resident/matter', MatterPage, server.as(COMMITTEE), { id: matterId });
    await appears(`#matter-case-past-${caseId}`);
    expect(text(`#matter-case-past-${caseId}`)).toBe('已核查办结物业 · 幸福物业 ›');
    expect(document.querySelector('#matter-case-current')).toBeNull();
    expect(document.querySelector('#escalation')).toBeNull();
    expect(document.querySelector('#matter-dispatch')).toBeNull();
    click(`#matter-case-past-${caseId}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/cases/case/index?id=${encodeURIComponent(caseId)}`,
    });
  });

  it('a second accept by a colleague is refused with the server’s words', async () => {
    const server = await seededBackend();
    const matterId = await lampMatter(server);
    const { case: dispatched } = await server.act<{ case: { summary: { id: string } } }>(
      'casework',
      COMMITTEE,
      'dispatch',
      {
        matterId,
      },
    );
    const caseId = dispatched.summary.id;
    openCasePage('cases/case', CasePage, server.as(PROPERTY_USER), { id: caseId });
    await appears('#case-accept');
    await server.act('casework', PROPERTY_USER, 'accept', { caseId });
    click('#case-accept');
    await appears('#case-step-error');
    // Accepted before the tap arrived: the state table's refusal, as the server words it.
    expect(text('#case-step-error')).toBe('案件当前为「处理中」，不能受理');
    await waitFor(() => expect(text('#case-state')).toBe('处理中'));
  });

  it('on 说事办理 the committee dispatches; while the case is open it neither answers nor concludes', async () => {
    const server = await seededBackend();
    const matterId = await lampMatter(server);
    openCasePage('committee/manage', ManagePage, server.as(COMMITTEE), { id: matterId });
    await appears('#action-dispatch');
    expect(text('#action-dispatch')).toBe('派遣 街呼区应');
    expect(text('#action-escalate')).toBe('上报（路由表外）');
    click('#action-dispatch');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/cases/dispatch/index?matterId=${encodeURIComponent(matterId)}`,
    });
    cleanup();

    await server.act('casework', COMMITTEE, 'dispatch', { matterId });
    openCasePage('committee/manage', ManagePage, server.as(COMMITTEE), { id: matterId });
    await appears('#matter-case-current');
    expect(text('#matter-case')).toContain('物业 · 幸福物业');
    expect(document.querySelector('#escalation')).toBeNull();
    await waitFor(() => expect(document.querySelector('#action-answer')).toBeNull());
    expect(document.querySelector('#action-conclude, #action-dispatch, #matter-dispatch')).toBeNull();
  });
});
