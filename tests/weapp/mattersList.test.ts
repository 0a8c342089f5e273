/** @jest-environment jsdom */
import type { MatterRecord } from '../../cloudfunctions/lib/ports/matters';
import type { MatterSummary } from '@domain/matters/views';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { ok, pageJson, type CloudCall, type MiniPage, type OpenPageOptions } from './harness';
import { DAY, HOUR, matterRecord, NOW, pageOf, summaryOf } from './matterFixtures';
import { routes, routeUrl } from '@domain/routes';

// 李明 lives in 东门社区 (host/seed.ts); the matters below are his community's.
const LI = 'u-resident-li';

interface ListInput {
  tab: string;
  sort: string;
  limit: number;
  cursor?: string;
}

describe('居民说事 list (real weapp build)', () => {
  const pages = weappPageTests();
  const li = () => userView(pages.data, LI);
  const summary = (record: Partial<MatterRecord> & Pick<MatterRecord, 'id' | 'title'>): MatterSummary =>
    summaryOf(pages.data, li(), matterRecord(record));

  const parking = () =>
    summary({
      id: 'm-parking',
      title: '幸福小区晚上停车太难',
      category: 'parking',
      authorId: 'u-resident-li',
      state: 'consulting',
      pinned: true,
      supportCount: 12,
      commentCount: 5,
      createdAt: NOW - 3 * DAY,
    });
  const smoke = () =>
    summary({
      id: 'm-smoke',
      title: '楼下烧烤店油烟飘进家里',
      category: 'noise',
      authorId: 'u-resident-zhang',
      anonymous: true,
      state: 'open',
      supportCount: 3,
      createdAt: NOW - DAY,
    });
  const lamp = () =>
    summary({
      id: 'm-lamp',
      title: '鼓楼家园8号楼楼道灯坏了',
      category: 'facilities',
      state: 'resolved',
      supportCount: 7,
      resolvedAt: NOW - 2 * HOUR,
    });
  const bench = () =>
    summary({ id: 'm-bench', title: '健身器材生锈', category: 'facilities', state: 'escalated', supportCount: 1 });

  async function openList(
    answer: (input: ListInput) => unknown,
    options: Pick<OpenPageOptions, 'actionSheet'> = {},
  ): Promise<MiniPage> {
    const backend = signedInBackend(pages.data, li()).on('matter', 'list', (input) => ok(answer(input as ListInput)));
    const page = pages.open('pages/matters/index', { backend, ...options });
    await page.waitFor(() => page.backend.callsOf('matter', 'list')[0], 'the first list call');
    return page;
  }

  const listCalls = (p: MiniPage): ListInput[] =>
    p.backend.callsOf('matter', 'list').map((call: CloudCall) => call.data as ListInput);
  const card = (id: string) => `matter-card-${id}`;
  const titles = (p: MiniPage) => (p.find('matter-list') ? p.textsOf('matter-list', 'mq-matter-card__title') : []);
  // The foot under the cards; past the last page Taro keeps the element, and with it the old id
  // (removing a `id` prop does not reach the rendered `uid`), so judge it by text and class.
  const foot = (p: MiniPage) => p.textsOf('matter-list', 'mq-feed-foot');
  const footActions = (p: MiniPage) => p.textsOf('matter-list', 'mq-feed-foot--action');

  test('shows a card per matter with its title, state, supporters, the 置顶 mark and 匿名居民', async () => {
    const p = await openList(() => pageOf([parking(), smoke()], false));
    await p.waitForId('matter-list');

    // A resident's list: the active tab, newest first, the community taken from the session.
    expect(listCalls(p)).toEqual([{ tab: 'active', sort: 'newest', limit: 20 }]);
    expect(titles(p)).toEqual(['幸福小区晚上停车太难', '楼下烧烤店油烟飘进家里']);

    expect(p.textsOf(card('m-parking'), 'mq-matter-tags__state')).toEqual(['协商中']);
    expect(p.textsOf(card('m-parking'), 'mq-tag--news')).toEqual(['协商中']);
    expect(p.textsOf(card('m-parking'), 'mq-matter-tags__category')).toEqual(['停车']);
    expect(p.textsOf(card('m-parking'), 'mq-matter-tags__pin')).toEqual(['置顶']);
    expect(p.text(`${card('m-parking')}-supports`)).toBe('附议 12');
    expect(p.text(`${card('m-parking')}-comments`)).toBe('评论 5');
    expect(p.textsOf(card('m-parking'), 'mq-matter-card__meta')[0]).toMatch(/^李明 · /);

    expect(p.textsOf(card('m-smoke'), 'mq-matter-tags__state')).toEqual(['征集意见']);
    expect(p.textsOf(card('m-smoke'), 'mq-matter-tags__pin')).toEqual([]);
    expect(p.text(`${card('m-smoke')}-supports`)).toBe('附议 3');
    // Anonymous toward other residents: the server sends 匿名居民 and the page shows just that.
    expect(p.textsOf(card('m-smoke'), 'mq-matter-card__meta')[0]).toMatch(/^匿名居民 · /);
    expect(p.text()).not.toContain('张桂兰');

    expect(foot(p)).toEqual(['没有更多了']);
    expect(footActions(p)).toEqual([]);
    expect(p.find('feed-more')).toBeUndefined();
    expect(p.classes('list-tab-active')).toContain('mq-choice--active');
  });

  test('tapping a card opens the matter', async () => {
    const p = await openList(() => pageOf([parking(), smoke()], false));
    await p.waitForId(card('m-smoke'));

    p.tap(card('m-smoke'));
    await p.waitFor(() => p.wx.navigations[0], 'the navigation');

    expect(p.wx.navigations).toEqual([{ api: 'navigateTo', url: routeUrl(routes.matter, { id: 'm-smoke' }) }]);
  });

  test('each state tab asks for its own list and shows what comes back', async () => {
    const byTab: Record<string, () => MatterSummary[]> = {
      active: () => [parking(), smoke()],
      resolved: () => [lamp()],
      ended: () => [],
      all: () => [parking(), smoke(), lamp(), bench()],
    };
    const p = await openList((input) => pageOf(byTab[input.tab](), false));
    await p.waitForId('matter-list');

    p.tap('list-tab-resolved');
    await p.waitFor(() => titles(p).join() === '鼓楼家园8号楼楼道灯坏了', 'the resolved matters');
    expect(listCalls(p).at(-1)).toEqual({ tab: 'resolved', sort: 'newest', limit: 20 });
    expect(p.classes('list-tab-resolved')).toContain('mq-choice--active');
    expect(p.classes('list-tab-active')).not.toContain('mq-choice--active');
    expect(p.textsOf(card('m-lamp'), 'mq-matter-tags__state')).toEqual(['已解决']);
    expect(p.textsOf(card('m-lamp'), 'mq-tag--good')).toEqual(['已解决']);

    p.tap('list-tab-ended');
    await p.waitForId('state-empty');
    expect(listCalls(p).at(-1)).toEqual({ tab: 'ended', sort: 'newest', limit: 20 });

    p.tap('list-tab-all');
    await p.waitFor(() => titles(p).length === 4, 'all four matters');
    expect(listCalls(p).at(-1)).toEqual({ tab: 'all', sort: 'newest', limit: 20 });
    expect(p.textsOf(card('m-bench'), 'mq-matter-tags__state')).toEqual(['已上报']);
    expect(listCalls(p).map((input) => input.tab)).toEqual(['active', 'resolved', 'ended', 'all']);
  });

  test('an empty list says so and invites the resident to raise a matter', async () => {
    const p = await openList(() => pageOf([], false));
    await p.waitForId('state-empty');

    expect(p.text('state-empty')).toContain('这里还没有说事');
    expect(p.text('state-empty')).toContain('有什么想说的，点上面的「我要说事」');
    expect(p.find('matter-list')).toBeUndefined();
    expect(p.find('raise-entry')).toBeDefined();
  });

  test('reaching the bottom loads the next page with the cursor, once, and appends it', async () => {
    const first = pageOf([parking(), smoke()], true, NOW - DAY);
    const p = await openList((input) => (input.cursor ? pageOf([lamp()], false) : first));
    await p.waitForId('feed-more');
    expect(p.text('feed-more')).toBe('加载更多');
    expect(footActions(p)).toEqual(['加载更多']);

    p.reachBottom();
    await p.waitFor(() => titles(p).length === 3, 'the second page');

    expect(listCalls(p)).toEqual([
      { tab: 'active', sort: 'newest', limit: 20 },
      { tab: 'active', sort: 'newest', limit: 20, cursor: first.nextCursor },
    ]);
    expect(titles(p)).toEqual(['幸福小区晚上停车太难', '楼下烧烤店油烟飘进家里', '鼓楼家园8号楼楼道灯坏了']);
    expect(foot(p)).toEqual(['没有更多了']);
    expect(footActions(p)).toEqual([]);

    // The last page has no cursor: scrolling to the end again asks for nothing.
    p.reachBottom();
    await p.settle();
    expect(listCalls(p)).toHaveLength(2);
  });

  test('加载更多 can be tapped when the page is too short to scroll', async () => {
    const first = pageOf([parking()], true);
    const p = await openList((input) => (input.cursor ? pageOf([smoke()], false) : first));
    await p.waitForId('feed-more');

    p.tap('feed-more');
    await p.waitForId(card('m-smoke'));

    expect(listCalls(p).at(-1)).toEqual({ tab: 'active', sort: 'newest', limit: 20, cursor: first.nextCursor });
    expect(titles(p)).toEqual(['幸福小区晚上停车太难', '楼下烧烤店油烟飘进家里']);
  });

  test('the sort chip offers the three orders and lists again in the one chosen', async () => {
    const p = await openList(
      (input) => pageOf(input.sort === 'supported' ? [parking(), smoke()] : [smoke(), parking()], false),
      {
        actionSheet: (items) => items.indexOf('附议最多'),
      },
    );
    await p.waitForId('matter-list');
    expect(p.text('list-sort')).toBe('最新 ▾');

    p.tap('list-sort');
    await p.waitFor(() => p.text('list-sort') === '附议最多 ▾', 'the chosen order');

    expect(p.wx.actionSheets).toEqual([['最新', '附议最多', '最近动态']]);
    expect(listCalls(p).at(-1)).toEqual({ tab: 'active', sort: 'supported', limit: 20 });
    await p.waitFor(() => titles(p)[0] === '幸福小区晚上停车太难', 'the most supported first');
  });

  test('pulling down reloads the first page and ends the refresh', async () => {
    // WeChat only calls onPullDownRefresh when the page's window enables it.
    expect(pageJson('pages/matters/index')).toMatchObject({ enablePullDownRefresh: true });
    let round = 0;
    const p = await openList(() => {
      round += 1;
      return round === 1 ? pageOf([smoke()], true) : pageOf([parking(), smoke()], false);
    });
    await p.waitForId('feed-more');

    p.pullDownRefresh();
    await p.waitFor(() => titles(p).length === 2, 'the refreshed list');

    expect(listCalls(p)).toEqual([
      { tab: 'active', sort: 'newest', limit: 20 },
      { tab: 'active', sort: 'newest', limit: 20 },
    ]);
    expect(titles(p)).toEqual(['幸福小区晚上停车太难', '楼下烧烤店油烟飘进家里']);
    expect(foot(p)).toEqual(['没有更多了']);
    await p.waitFor(() => p.wx.pullDownStops === 1, 'stopPullDownRefresh');
  });
});
