import { cleanup, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CasePage from '../../src/packages/cases/case/index';
import { resetTaroMock } from '../support/taroMock';
import { caseDetail, caseworkStandIn, CHENGGUAN, GRID, openCasePage, PROPERTY } from './caseworkStandIn';
import { $, appears, click, text, typeInto } from './dom';

beforeEach(() => resetTaroMock());

const buttons = () => [...document.querySelectorAll('#case-actions [id^="case-"]')].map((el) => el.id);
const openCase = (backend: Parameters<typeof openCasePage>[2], id: string) =>
  openCasePage('cases/case', CasePage, backend, { id });

describe('案件详情 (jsdom, casework stand-in held to the contract and the state table)', () => {
  it('the property company accepts after confirming, then feeds back; each step shows the new state', async () => {
    const scene = await caseworkStandIn('u-property-zheng', { cases: [caseDetail('k1')] });
    openCase(scene.backend, 'k1');
    await appears('#case-accept');
    expect(text('#case-state')).toBe('已派遣，待受理');
    expect(text('#case-facts')).toContain('3号楼前的路灯一个星期没亮了');
    expect(text('#case-facts')).toContain('东门社区 · 幸福小区 · 东门第一网格');
    expect(text('#case-holder')).toContain('物业 · 幸福物业');
    expect(text('#case-facts')).toContain('一般（7天）');
    expect(text('#case-due')).toMatch(/前答复（还剩2天）$/);
    expect(document.querySelector('#case-due .cs-red')).toBeNull();
    expect(text('#case-return-deadline')).toContain('派错了请在此前退单');
    expect(text('#case-events')).toContain('已派至 幸福物业，应于');
    // Only the state table's steps for a holder of a dispatched case.
    expect(buttons()).toEqual(['case-accept', 'case-return']);

    click('#case-accept');
    await waitFor(() => expect(text('#case-state')).toBe('处理中'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '受理案件' }));
    expect(scene.sent('accept').map((c) => c.data)).toEqual([{ caseId: 'k1' }]);
    expect(buttons()).toEqual(['case-feedback', 'case-requestExtension', 'case-markLongTerm']);
    expect(text('#case-events')).toContain('幸福物业 已受理');

    click('#case-feedback');
    await appears('#case-sheet');
    click('#case-sheet-submit');
    expect(await screen.findAllByText('请写明做了什么，至少4个字')).not.toHaveLength(0);
    expect(scene.sent('feedback')).toEqual([]);
    typeInto('case-feedback-text', '已更换灯泡，路灯恢复照明');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已反馈，待核查'));
    expect(scene.sent('feedback').map((c) => c.data)).toEqual([
      { caseId: 'k1', text: '已更换灯泡，路灯恢复照明', photos: [] },
    ]);
    expect(document.querySelector('#case-sheet')).toBeNull();
    expect(text('#case-outcome-feedback')).toContain('已更换灯泡，路灯恢复照明');
    expect(text('#case-events')).toContain('处理反馈：已更换灯泡，路灯恢复照明');
    expect(buttons()).toEqual([]);
    // Two steps, two intents: two request ids.
    const ids = [...scene.sent('accept'), ...scene.sent('feedback')].map((c) => c.requestId);
    expect(new Set(ids).size).toBe(2);
  });

  it('says a refusal of the server as it was written, and reads the case again', async () => {
    const scene = await caseworkStandIn('u-property-zheng', { cases: [caseDetail('k1')] });
    scene.refuseNext('accept', 'INVALID_STATE', '案件当前为「已退单，待街道改派」，不能受理');
    openCase(scene.backend, 'k1');
    await appears('#case-accept');
    click('#case-accept');
    await appears('#case-step-error');
    expect(text('#case-step-error')).toBe('案件当前为「已退单，待街道改派」，不能受理');
    await waitFor(() => expect(scene.sent('case')).toHaveLength(2));
    expect(text('#case-state')).toBe('已派遣，待受理');
  });

  it('shows an overdue case in red with how late it is', async () => {
    const late = caseDetail('k2', { dueInHours: -5.5, holder: CHENGGUAN, state: 'accepted' });
    const scene = await caseworkStandIn('u-dept-wu', { cases: [late] });
    openCase(scene.backend, 'k2');
    await appears('#case-due');
    expect($('#case-due .cs-red').getAttribute('data-overdue')).toBe('true');
    expect(text('#case-due')).toContain('（已超期5小时）');
    // Accepted: no return deadline any more.
    expect(document.querySelector('#case-return-deadline')).toBeNull();
  });

  it('the holder returns a case with a reason', async () => {
    const scene = await caseworkStandIn('u-dept-wu', { cases: [caseDetail('k3', { holder: CHENGGUAN })] });
    openCase(scene.backend, 'k3');
    await appears('#case-return');
    click('#case-return');
    await appears('#case-sheet');
    typeInto('case-reason', '路灯');
    click('#case-sheet-submit');
    expect(await screen.findAllByText('请写明原因，至少4个字')).not.toHaveLength(0);
    typeInto('case-reason', '小区内路灯归物业管理');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已退单，待街道改派'));
    expect(scene.sent('return').map((c) => c.data)).toEqual([{ caseId: 'k3', reason: '小区内路灯归物业管理' }]);
    expect(text('#case-return-reason')).toContain('小区内路灯归物业管理');
  });

  it('the street re-routes a returned case to a body of its routing table', async () => {
    const returned = caseDetail('k4', { holder: CHENGGUAN, state: 'returned' });
    const scene = await caseworkStandIn('u-street-zhou', {
      cases: [returned],
      actor: 'street',
      answers: {
        routingTable: () => ({
          streetId: 's-guhuai',
          streetName: '古槐街道',
          rules: [],
          slaClasses: [],
          holders: [GRID, PROPERTY, CHENGGUAN],
          places: [],
        }),
      },
    });
    openCase(scene.backend, 'k4');
    await appears('#case-reroute');
    expect(buttons()).toEqual(['case-reroute']);
    click('#case-reroute');
    await appears('#reroute-holder-property-pc-xingfu');
    // The current holder is not offered again.
    expect(document.querySelector('#reroute-holder-department-dep-chengguan')).toBeNull();
    click('#reroute-holder-property-pc-xingfu');
    typeInto('case-reason', '小区内路灯归物业管理');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-holder')).toContain('幸福物业'));
    expect(text('#case-state')).toBe('已派遣，待受理');
    expect(scene.sent('reroute').map((c) => c.data)).toEqual([
      { caseId: 'k4', holder: { kind: 'property', id: 'pc-xingfu' }, reason: '小区内路灯归物业管理' },
    ]);
    expect(text('#case-events')).toContain('古槐街道 改派至 幸福物业');
  });

  it('the holder asks for an extension (hours checked first), then 挂账 is refused by the state table', async () => {
    const scene = await caseworkStandIn('u-property-zheng', { cases: [caseDetail('k5', { state: 'accepted' })] });
    openCase(scene.backend, 'k5');
    await appears('#case-requestExtension');
    click('#case-requestExtension');
    await appears('#case-sheet');
    typeInto('case-hours', '500');
    typeInto('case-reason', '灯杆需要整体更换，等厂家供货');
    click('#case-sheet-submit');
    expect(await screen.findAllByText('延期时长应为1至168小时的整数')).not.toHaveLength(0);
    typeInto('case-hours', '48');
    click('#case-sheet-submit');
    await waitFor(() =>
      expect(text('#case-extension')).toContain('48小时：灯杆需要整体更换，等厂家供货（待街道审批）'),
    );
    expect(scene.sent('requestExtension').map((c) => c.data)).toEqual([
      { caseId: 'k5', hours: 48, reason: '灯杆需要整体更换，等厂家供货' },
    ]);
  });

  it('a grid worker sends a handled case back only with what is still wrong', async () => {
    const handled = caseDetail('k6', { state: 'handled' });
    handled.feedback = { text: '已更换灯泡', photos: [], at: Date.now() };
    const scene = await caseworkStandIn('u-grid-sun', { cases: [handled], actor: 'verifier' });
    openCase(scene.backend, 'k6');
    await appears('#case-pass');
    expect(buttons()).toEqual(['case-pass', 'case-sendBack']);
    click('#case-sendBack');
    await appears('#case-sheet');
    click('#case-sheet-submit');
    expect(await screen.findAllByText('请写明还有什么问题')).not.toHaveLength(0);
    expect(scene.sent('verify')).toEqual([]);
    typeInto('case-note', '3号楼西侧还有一盏不亮');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('处理中'));
    expect(scene.sent('verify').map((c) => c.data)).toEqual([
      { caseId: 'k6', outcome: 'sentBack', note: '3号楼西侧还有一盏不亮' },
    ]);
    expect(text('#case-outcome-verification')).toContain('核查退回');
    expect(text('#case-events')).toContain('核查退回：3号楼西侧还有一盏不亮');
  });

  it('a reader with no step sees the case and no buttons', async () => {
    const scene = await caseworkStandIn('u-cadre-liu', {
      cases: [caseDetail('k7', { state: 'handled' })],
      actor: 'system',
    });
    openCase(scene.backend, 'k7');
    await appears('#case-facts');
    expect(document.querySelector('#case-actions')).toBeNull();
  });

  it('draws in elder mode (长辈模式) for a holder who turned it on: bigger text from the screen’s variables', async () => {
    const scene = await caseworkStandIn('u-property-zheng', {
      cases: [caseDetail('k8', { dueInHours: -1.5, overdue: true })],
    });
    await scene.server.act('account', 'u-property-zheng', 'setPreferences', { elderMode: 'on' });
    openCase(scene.backend, 'k8');
    await appears('#case-accept');
    expect($('#case-page').closest('.mq-screen.mq-elder')).not.toBeNull();
    expect(text('#case-due')).toContain('（已超期1小时）');
  });

  it('the street decides an extension; the holder marks a case 挂账 with a plan and a review date', async () => {
    const asked = caseDetail('k10', { state: 'accepted', extensionPending: true });
    asked.extension = {
      hours: 48,
      reason: '等厂家供货',
      requestedAt: Date.now(),
      decision: 'pending',
      decidedAt: null,
    };
    const street = await caseworkStandIn('u-street-zhou', {
      cases: [asked],
      actor: 'street',
      answers: {
        decideExtension: ({ caseId, approve }) => {
          const detail = street.cases.get(caseId)!;
          const decided = { ...detail.extension!, decision: approve ? 'approved' : 'refused', decidedAt: Date.now() };
          return { case: { ...detail, extension: decided, summary: { ...detail.summary, extensionPending: false } } };
        },
      },
    });
    openCase(street.backend, 'k10');
    await appears('#case-decideExtension');
    click('#case-decideExtension');
    await appears('#decide-request');
    expect(text('#decide-request')).toBe('申请延期48小时：等厂家供货');
    click('#case-sheet-submit');
    expect(await screen.findAllByText('请选择同意或不同意')).not.toHaveLength(0);
    click('#decide-no');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-extension')).toContain('（街道未同意）'));
    expect(street.sent('decideExtension').map((c) => c.data)).toEqual([{ caseId: 'k10', approve: false }]);
    cleanup();

    const holder = await caseworkStandIn('u-property-zheng', { cases: [caseDetail('k11', { state: 'accepted' })] });
    openCase(holder.backend, 'k11');
    await appears('#case-markLongTerm');
    click('#case-markLongTerm');
    await appears('#case-review-date');
    const reviewDate = $('#case-review-date').getAttribute('data-value')!;
    typeInto('case-plan', '纳入明年老旧小区改造统一更换');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已挂账'));
    expect(holder.sent('markLongTerm').map((c) => c.data)).toEqual([
      { caseId: 'k11', plan: '纳入明年老旧小区改造统一更换', reviewDate },
    ]);
    expect(text('#case-long-term')).toContain('纳入明年老旧小区改造统一更换');
    // A 挂账 case is watched through its plan: feedback is still offered.
    expect(buttons()).toEqual(['case-feedback']);
  });

  it('the committee withdraws a case with a reason', async () => {
    const scene = await caseworkStandIn('u-committee-chen', { cases: [caseDetail('k12')], actor: 'committee' });
    openCase(scene.backend, 'k12');
    await appears('#case-withdraw');
    expect(buttons()).toEqual(['case-withdraw']);
    click('#case-withdraw');
    await appears('#case-sheet');
    typeInto('case-reason', '居民反映已自行修好');
    click('#case-sheet-submit');
    await waitFor(() => expect(text('#case-state')).toBe('已撤回'));
    expect(text('#case-withdraw-reason')).toContain('居民反映已自行修好');
    expect(text('#case-events')).toContain('社区已撤回：居民反映已自行修好');
    expect(buttons()).toEqual([]);
  });
});
