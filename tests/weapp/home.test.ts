/** @jest-environment jsdom */
import { routes, routeUrl } from '@domain/routes';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { pageJson, type MiniPage } from './harness';

const CHEN = 'u-committee-chen';

const workbench = (pendingMatters: number) => ({
  communityId: 'c-dongmen',
  moderation: { pendingMatters, flaggedMatters: 1, pendingComments: 1, flaggedComments: 0 },
  overdue: {
    count: 1,
    items: [{ id: 'm-late', title: '路灯坏了一个月', dueDate: '2026-11-20', department: '古槐街道城管科' }],
  },
  meetings: [],
});

/** The big number of the 待审核 tile. */
const count = (p: MiniPage) => p.textsOf('count-pending', 'mq-count-tile__count')[0];

describe('home page for the committee (real weapp build)', () => {
  const pages = weappPageTests();

  function openHome(answers: unknown[]) {
    let call = 0;
    const backend = signedInBackend(pages.data, userView(pages.data, CHEN)).on('home', 'committeeWorkbench', () => ({
      ok: true,
      data: answers[Math.min(call++, answers.length - 1)],
    }));
    return pages.open('pages/index/index', { backend });
  }

  test("shows the workbench, not the residents' home, and a count taps into its queue", async () => {
    const p = openHome([workbench(2)]);
    await p.waitForId('count-pending');

    expect(p.text('home-greeting')).toBe('陈秀英，您好');
    expect(p.text('count-pending')).toContain('待审核');
    expect(count(p)).toBe('3');
    expect(p.text('count-overdue')).toContain('逾期未办');
    expect(p.text('count-overdue')).toContain('路灯坏了一个月');
    expect(p.text()).not.toContain('民意5来听');

    p.tap('count-pending');
    await p.waitFor(() => p.wx.navigations[0], 'the navigation');
    expect(p.wx.navigations).toEqual([
      { api: 'navigateTo', url: routeUrl(routes.moderation, { queue: 'pendingMatters' }) },
    ]);
  });

  test('pulling down reads the counts again', async () => {
    expect(pageJson('pages/index/index')).toMatchObject({ enablePullDownRefresh: true });
    const p = openHome([workbench(2), workbench(5)]);
    await p.waitForId('count-pending');
    expect(count(p)).toBe('3');

    p.pullDownRefresh();
    await p.waitFor(() => count(p) === '6', 'the new count');
    expect(p.backend.callsOf('home', 'committeeWorkbench')).toHaveLength(2);
  });
});
