import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CaseSummary } from '@domain/casework/views';
import InboxPage from '../../src/packages/cases/inbox/index';
import SupervisionPage from '../../src/packages/cases/supervision/index';
import ToVerifyPage from '../../src/packages/cases/verify/index';
import { resetTaroMock } from '../support/taroMock';
import { caseDetail, caseworkStandIn, CHENGGUAN, GRID, openCasePage, PROPERTY } from './caseworkStandIn';
import { $, appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const summary = (id: string, fields: Parameters<typeof caseDetail>[1] = {}): CaseSummary =>
  caseDetail(id, fields).summary;
const page = (items: CaseSummary[]) => ({ items, nextCursor: null });

describe('承办案件 (jsdom)', () => {
  it('lists each tab’s cases with place, holder, due time in Shanghai, overdue in red and 延期待批', async () => {
    const waiting = [
      summary('k1', { dueInHours: -3.5, overdue: true, holder: PROPERTY }),
      summary('k2', { dueInHours: 30, title: '垃圾桶满了没人清', extensionPending: true }),
    ];
    const doing = [
      summary('k3', { state: 'accepted', title: '楼道堆放杂物' }),
      // 挂账 long ago: its old due time is past, but nobody is late; the card says what it waits for.
      summary('k4', { state: 'long_term', dueInHours: -48, overdue: false }),
    ];
    const scene = await caseworkStandIn('u-property-zheng', {
      answers: { inbox: ({ tab }) => page(tab === 'waiting' ? waiting : tab === 'doing' ? doing : []) },
    });
    openCasePage('cases/inbox', InboxPage, scene.backend);
    await appears('#case-k1');
    expect(text('#case-k1')).toContain('小区路灯不亮');
    expect(text('#case-k1')).toContain('东门社区 · 幸福小区 · 东门第一网格');
    expect(text('#case-k1')).toContain('承办：物业 · 幸福物业');
    expect(text('#case-k1-state')).toBe('已派遣，待受理');
    expect($('#case-k1').getAttribute('data-overdue')).toBe('true');
    expect($('#case-k1').className).toContain('cs-card--overdue');
    expect(text('#case-k1-due')).toMatch(/^已超期3小时（\d+月\d+日\d\d:\d\d前答复）$/);
    expect($('#case-k2').getAttribute('data-overdue')).toBe('false');
    expect(text('#case-k2-due')).toMatch(/^\d+月\d+日\d\d:\d\d前答复$/);
    expect(text('#case-k2-extension')).toBe('延期待批');
    expect(document.querySelector('#case-k1-extension')).toBeNull();

    click('#inbox-tab-doing');
    await appears('#case-k3');
    expect(document.querySelector('#case-k1')).toBeNull();
    expect(text('#case-k4-due')).toBe('挂账办理，按计划复查');
    expect($('#case-k4').getAttribute('data-overdue')).toBe('false');
    click('#inbox-tab-done');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有已反馈的案件');
    expect(scene.sent('inbox').map((c) => c.data.tab)).toEqual(['waiting', 'doing', 'done']);

    click('#inbox-tab-waiting');
    await appears('#case-k2');
    click('#case-k2');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/case/index?id=k2' });
  });

  it('says a refusal of the server', async () => {
    const scene = await caseworkStandIn('u-property-zheng', { answers: { inbox: () => page([]) } });
    scene.refuseNext('inbox', 'FORBIDDEN', '您还没有所属的物业公司，请联系系统管理员');
    openCasePage('cases/inbox', InboxPage, scene.backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('您还没有所属的物业公司，请联系系统管理员');
  });

  it('is for case holders only', async () => {
    const scene = await caseworkStandIn('u-resident-zhang');
    openCasePage('cases/inbox', InboxPage, scene.backend);
    await appears('#state-error');
    expect(scene.sent('inbox')).toEqual([]);
  });
});

describe('街道督办 (jsdom)', () => {
  it('filters by community, holder kind and holder, and overdue only; the list shows the red ones', async () => {
    const all = [
      summary('k1', { dueInHours: -26, overdue: true, holder: CHENGGUAN }),
      summary('k2', { dueInHours: 5, holder: PROPERTY }),
    ];
    const scene = await caseworkStandIn('u-street-zhou', {
      actor: 'street',
      answers: {
        supervisionFilters: () => ({
          communities: [
            { id: 'c-dongmen', name: '东门社区', open: 2, overdue: 1 },
            { id: 'c-ximen', name: '西门社区', open: 0, overdue: 0 },
          ],
          holders: [GRID, PROPERTY, CHENGGUAN, { kind: 'department', id: 'dep-zhujian', name: '区住建局' }],
        }),
        supervision: (input) => page(input.overdueOnly ? all.filter((c) => c.overdue) : all),
      },
    });
    openCasePage('cases/supervision', SupervisionPage, scene.backend);
    await appears('#case-k1');
    expect(text('#sv-community-c-dongmen')).toBe('东门社区 2件·超期1');
    expect(text('#sv-community-c-ximen')).toBe('西门社区 0件');
    expect(text('#case-k1-due')).toMatch(/^已超期1天2小时/);
    expect($('#case-k1').getAttribute('data-overdue')).toBe('true');

    click('#sv-community-c-dongmen');
    await waitFor(() => expect(scene.sent('supervision')).toHaveLength(2));
    click('#sv-kind-department');
    await appears('#sv-holder-dep-zhujian');
    click('#sv-holder-dep-chengguan');
    await waitFor(() => expect(scene.sent('supervision')).toHaveLength(4));
    click('#sv-overdue-overdue');
    await waitFor(() => expect(scene.sent('supervision')).toHaveLength(5));
    await waitFor(() => expect(document.querySelector('#case-k2')).toBeNull());
    expect(scene.sent('supervision').map((c) => c.data)).toEqual([
      { overdueOnly: false, limit: 20 },
      { communityId: 'c-dongmen', overdueOnly: false, limit: 20 },
      { communityId: 'c-dongmen', holderKind: 'department', overdueOnly: false, limit: 20 },
      { communityId: 'c-dongmen', holderKind: 'department', holderId: 'dep-chengguan', overdueOnly: false, limit: 20 },
      { communityId: 'c-dongmen', holderKind: 'department', holderId: 'dep-chengguan', overdueOnly: true, limit: 20 },
    ]);
  });
});

describe('待核查 (jsdom)', () => {
  it('lists the handled cases to check; a tap opens the case', async () => {
    const scene = await caseworkStandIn('u-committee-chen', {
      actor: 'verifier',
      answers: { toVerify: () => page([summary('k6', { state: 'handled' })]) },
    });
    openCasePage('cases/verify', ToVerifyPage, scene.backend);
    await appears('#case-k6');
    expect(text('#case-k6-state')).toBe('已反馈，待核查');
    expect(text('#case-k6-due')).toBe('已反馈，等待现场核查');
    click('#case-k6');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/case/index?id=k6' });
  });
});
