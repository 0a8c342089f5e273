/** @jest-environment jsdom */
import fs from 'node:fs';
import path from 'node:path';
import { routes, routeUrl, tabItems } from '@domain/routes';
import type { ElderMode } from '@domain/users';
import { signedInBackend, userView, weappPageTests } from './fixtures';
import { DIST_DIR, type MiniPage } from './harness';

// 李明 is an ordinary resident; 张桂兰 has elder mode on (host/seed.ts).
const LI = 'u-resident-li';
const ZHANG = 'u-resident-zhang';

/**
 * The weapp draws its own tab bar (src/custom-tab-bar): WeChat's native one cannot follow elder
 * mode, and its badge API does nothing to a custom bar. WeChat lays one over each tab page.
 */
describe('the tab bar (real weapp build)', () => {
  const pages = weappPageTests();

  async function openTab(route: string, user: string, changes: { elderMode?: ElderMode } = {}, unread = 0) {
    const backend = signedInBackend(pages.data, userView(pages.data, user, changes)).reply(
      'notification',
      'unreadCount',
      { unread },
    );
    const page = pages.open(route, { backend });
    const bar = page.tabBar;
    if (!bar) throw new Error(`${route} has no tab bar`);
    await bar.waitForId('tab-bar');
    return { page, bar };
  }

  const selectedTabs = (bar: MiniPage) =>
    tabItems.filter((tab) => bar.classes(`tab-${tab.name}`).includes('mq-tabbar__item--selected')).map((t) => t.text);

  test('shows the four tabs, the page’s own tab selected', async () => {
    const { bar } = await openTab(routes.mine.path, LI);

    expect(tabItems.map((tab) => bar.text(`tab-${tab.name}-label`))).toEqual(['首页', '说事', '约见', '我的']);
    await bar.waitFor(() => selectedTabs(bar).join() === '我的', '我的 to be selected');
  });

  test('every tab page selects its own tab; other pages have no tab bar', async () => {
    for (const tab of tabItems) {
      const { page, bar } = await openTab(tab.path, LI);
      await bar.waitFor(() => selectedTabs(bar).join() === tab.text, `${tab.text} to be selected`);
      page.close();
    }
    const messages = pages.open(routes.messages.path, {
      backend: signedInBackend(pages.data, userView(pages.data, LI)),
    });
    expect(messages.tabBar).toBeNull();
    // Four launches of the app: more than jest's 5 s on a busy machine.
  }, 20_000);

  test('a tap switches to its tab and marks it at once', async () => {
    const { bar } = await openTab(routes.home.path, LI);
    await bar.waitFor(() => selectedTabs(bar).join() === '首页', '首页 to be selected');

    bar.tap('tab-matters');
    await bar.waitFor(() => bar.wx.navigations.length > 0, 'the switch');
    expect(bar.wx.navigations).toEqual([{ api: 'switchTab', url: routeUrl(routes.matters) }]);
    await bar.waitFor(() => selectedTabs(bar).join() === '说事', '说事 to be marked');
  });

  test('我的 carries the unread count, drawn by the bar itself', async () => {
    const { bar } = await openTab(routes.mine.path, LI, {}, 3);

    await bar.waitForId('tab-mine-badge');
    expect(bar.text('tab-mine-badge')).toBe('3');
    // The native badge API is not used: it does nothing to a custom tab bar.
    expect(bar.wx.tabBarBadges).toEqual([]);
  });

  test('past 99 the badge says 99+, as WeChat’s own had room for', async () => {
    const { bar } = await openTab(routes.mine.path, LI, {}, 120);

    await bar.waitForId('tab-mine-badge');
    expect(bar.text('tab-mine-badge')).toBe('99+');
  });

  test('no badge while everything is read', async () => {
    const { page, bar } = await openTab(routes.mine.path, LI, {}, 0);
    await page.waitForId('mine-name');
    await page.settle();
    expect(bar.find('tab-mine-badge')).toBeUndefined();
  });

  test.each<[string, ElderMode, boolean]>([
    [ZHANG, 'on', true],
    [LI, 'off', false],
  ])('%s with elder mode %s: elder tab bar %s', async (user, elderMode, elder) => {
    const { page, bar } = await openTab(routes.mine.path, user, { elderMode });
    await page.waitForId('mine-name');

    expect(bar.classes('tab-bar').includes('mq-tabbar--elder')).toBe(elder);
    expect(page.screenClasses().includes('mq-elder')).toBe(elder);
  });

  test('in elder mode the labels are 18 px and the icons 32 px (the built wxss, 750 rpx wide)', () => {
    const wxss = fs.readFileSync(path.join(DIST_DIR, 'custom-tab-bar/index.wxss'), 'utf8');
    const rule = (selector: string) =>
      wxss.match(new RegExp(`${selector.replace(/\./g, '\\.')}\\{([^}]*)\\}`))?.[1] ?? '';

    expect(rule('.mq-tabbar--elder .mq-tabbar__label')).toMatch(/font-size:36rpx/);
    expect(rule('.mq-tabbar--elder .mq-tabbar__icon')).toMatch(/height:64rpx/);
    expect(rule('.mq-tabbar__label')).toMatch(/font-size:24rpx/);
  });
});
