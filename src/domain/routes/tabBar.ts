import { routes, type RouteName } from './table';

/** One tab of the tab bar: its page, its label, and its icon's name under assets/tab/. */
export interface TabItem {
  name: RouteName;
  path: string;
  text: string;
  icon: string;
}

/**
 * The tab bar, in its order: app.config.ts registers it (WeChat still wants the list with a custom
 * tab bar), the weapp's own tab bar (src/custom-tab-bar) draws it, and the 我的 tab carries the
 * unread badge.
 */
export const tabItems: readonly TabItem[] = [
  { name: 'home', path: routes.home.path, text: '首页', icon: 'home' },
  { name: 'matters', path: routes.matters.path, text: '说事', icon: 'matters' },
  { name: 'visits', path: routes.visits.path, text: '约见', icon: 'visits' },
  { name: 'mine', path: routes.mine.path, text: '我的', icon: 'mine' },
];

/** The tab a page path belongs to (`/pages/mine/index?x=1` is 我的), or -1 for a page that is no tab. */
export function tabIndexOf(pagePath: string): number {
  const bare = pagePath.replace(/^\//, '').replace(/\?.*$/, '');
  return tabItems.findIndex((tab) => tab.path === bare);
}

/** The icon files app.config.ts lists (copied into the build) and the weapp tab bar shows. */
export function tabIconPath(tab: TabItem, selected: boolean): string {
  return `assets/tab/${tab.icon}${selected ? '-active' : ''}.png`;
}
