/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import type { CaseSummary } from '@domain/casework/views';
import { caseDetail, CHENGGUAN, GRID, PROPERTY } from '../support/builders/caseViews';
import { signedInBackend, userView, weappPageTests } from './fixtures';

const summary = (id: string, fields: Parameters<typeof caseDetail>[1] = {}): CaseSummary =>
  caseDetail(id, fields).summary;
const page = (items: CaseSummary[]) => ({ items, nextCursor: null });
const DUE_LINE = /^\d+月\d+日\d\d:\d\d前答复$/;

describe('街道督办 (real weapp build)', () => {
  const pages = weappPageTests();

  test('周涛 sees the filter chips and the overdue case in red, filters to overdue only, opens a row', async () => {
    const all = [
      summary('k1', { dueInHours: -26, overdue: true, holder: CHENGGUAN }),
      summary('k2', { dueInHours: 5, holder: PROPERTY, title: '垃圾桶满了没人清' }),
    ];
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-street-zhou'))
      .reply('casework', 'supervisionFilters', {
        communities: [
          { id: 'c-dongmen', name: '东门社区', open: 2, overdue: 1 },
          { id: 'c-ximen', name: '西门社区', open: 0, overdue: 0 },
        ],
        holders: [GRID, PROPERTY, CHENGGUAN],
      })
      .on('casework', 'supervision', (data) => {
        const { overdueOnly } = data as { overdueOnly: boolean };
        return { ok: true, data: page(overdueOnly ? all.filter((c) => c.overdue) : all) };
      });
    const p = pages.open(routes.caseSupervision.path, { backend });
    await p.waitForId('case-k1');

    expect(p.text('sv-community-all')).toBe('全部社区');
    expect(p.text('sv-community-c-dongmen')).toBe('东门社区 2件·超期1');
    expect(p.text('sv-community-c-ximen')).toBe('西门社区 0件');
    expect(p.text('sv-kind-department')).toBe('区直部门');
    expect(p.text('sv-overdue-all')).toBe('全部未结');
    expect(p.text('sv-overdue-overdue')).toBe('只看超期');
    expect(p.classes('sv-overdue-all')).toContain('mq-choice--active');

    // The red row: its class (weapp has no data-* attribute to read) and its text say how late it is.
    expect(p.classes('case-k1')).toContain('cs-card--overdue');
    expect(p.text('case-k1-due')).toMatch(/^已超期1天2小时（\d+月\d+日\d\d:\d\d前答复）$/);
    expect(p.classes('case-k2')).not.toContain('cs-card--overdue');
    expect(p.text('case-k2-due')).toMatch(DUE_LINE);

    p.tap('sv-overdue-overdue');
    // The list reloads (k1 gone while loading): wait for it back, without the on-time case.
    await p.waitFor(
      () => backend.callsOf('casework', 'supervision').length === 2 && p.find('case-k1') && !p.find('case-k2'),
      'the overdue-only list',
    );
    expect(p.classes('sv-overdue-overdue')).toContain('mq-choice--active');
    expect(backend.callsOf('casework', 'supervision').map((c) => c.data)).toEqual([
      { overdueOnly: false, limit: 20 },
      { overdueOnly: true, limit: 20 },
    ]);

    p.tap('case-k1');
    await p.waitFor(() => p.wx.navigations.length > 0, 'a navigation');
    expect(p.wx.navigations).toEqual([{ api: 'navigateTo', url: '/packages/cases/case/index?id=k1' }]);
  }, 30_000);
});

describe('承办案件 (real weapp build)', () => {
  const pages = weappPageTests();

  test('吴强 switches 待受理/办理中/已反馈, each asking its tab; rows show the due line', async () => {
    const tabs = {
      waiting: [
        summary('k1', { dueInHours: 30, holder: CHENGGUAN }),
        summary('k2', { dueInHours: -3.5, overdue: true, holder: CHENGGUAN }),
      ],
      doing: [summary('k3', { state: 'accepted', title: '人行道井盖松动', holder: CHENGGUAN })],
      done: [summary('k4', { state: 'handled', holder: CHENGGUAN })],
    };
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-dept-wu')).on('casework', 'inbox', (data) => ({
      ok: true,
      data: page(tabs[(data as { tab: keyof typeof tabs }).tab]),
    }));
    const p = pages.open(routes.caseInbox.path, { backend });
    await p.waitForId('case-k1');

    expect(p.text('inbox-tab-waiting')).toBe('待受理');
    expect(p.text('inbox-tab-doing')).toBe('办理中');
    expect(p.text('inbox-tab-done')).toBe('已反馈');
    expect(p.text('case-k1')).toContain('承办：区直部门 · 区城管局');
    expect(p.text('case-k1-state')).toBe('已派遣，待受理');
    expect(p.text('case-k1-due')).toMatch(DUE_LINE);
    expect(p.text('case-k2-due')).toMatch(/^已超期3小时（\d+月\d+日\d\d:\d\d前答复）$/);

    p.tap('inbox-tab-doing');
    await p.waitForId('case-k3');
    expect(p.find('case-k1')).toBeUndefined();
    expect(p.text('case-k3-state')).toBe('处理中');
    expect(p.text('case-k3-due')).toMatch(DUE_LINE);

    p.tap('inbox-tab-done');
    await p.waitForId('case-k4');
    expect(p.text('case-k4-due')).toBe('已反馈，等待现场核查');
    expect(backend.callsOf('casework', 'inbox').map((c) => c.data)).toEqual([
      { tab: 'waiting', limit: 20 },
      { tab: 'doing', limit: 20 },
      { tab: 'done', limit: 20 },
    ]);
  }, 30_000);

  test('opens on the tab its link names', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-dept-wu')).reply(
      'casework',
      'inbox',
      page([summary('k3', { state: 'accepted', holder: CHENGGUAN })]),
    );
    const p = pages.open(routes.caseInbox.path, { backend, query: { tab: 'doing' } });
    await p.waitForId('case-k3');
    expect(p.classes('inbox-tab-doing')).toContain('mq-choice--active');
    expect(backend.callsOf('casework', 'inbox').map((c) => c.data)).toEqual([{ tab: 'doing', limit: 20 }]);
  }, 30_000);
});

describe('待核查 (real weapp build)', () => {
  const pages = weappPageTests();

  test('孙丽 lists the handled cases of her grid to check; a row opens the case', async () => {
    const backend = signedInBackend(pages.data, userView(pages.data, 'u-grid-sun')).reply(
      'casework',
      'toVerify',
      page([summary('k6', { state: 'handled', dueInHours: -5, overdue: false })]),
    );
    const p = pages.open(routes.caseToVerify.path, { backend });
    await p.waitForId('case-k6');
    expect(p.text('case-k6-state')).toBe('已反馈，待核查');
    // Fed back after the due time: the clock stopped, the server sends it not overdue, the card says what it waits for.
    expect(p.text('case-k6-due')).toBe('已反馈，等待现场核查');
    expect(p.classes('case-k6')).not.toContain('cs-card--overdue');
    expect(backend.callsOf('casework', 'toVerify').map((c) => c.data)).toEqual([{ limit: 20 }]);
    p.tap('case-k6');
    await p.waitFor(() => p.wx.navigations.length > 0, 'a navigation');
    expect(p.wx.navigations).toEqual([{ api: 'navigateTo', url: '/packages/cases/case/index?id=k6' }]);
  }, 30_000);
});
