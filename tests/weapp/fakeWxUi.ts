/**
 * What the user sees of the fake `wx`: navigation (with WeChat's refusal to go back from the first
 * page), toasts, modals, action sheets, tab bar badges, subscribe-message consent, pull-down,
 * scrolling and NutUI's measuring APIs, each noted in the log.
 */
import { createSelectorQuery } from './fakeSelectorQuery';
import type { NavigationApi, WxLog, WxOptions } from './fakeWxLog';
import { asyncApi, type Options } from './wxAsyncApi';

export function navigationApis(log: WxLog, stackDepth: () => number) {
  const record = (api: NavigationApi) =>
    asyncApi(api, ({ url }) => void log.navigations.push({ api, url: String(url) }));
  return {
    navigateTo: record('navigateTo'),
    redirectTo: record('redirectTo'),
    switchTab: record('switchTab'),
    reLaunch: record('reLaunch'),
    navigateBack: asyncApi('navigateBack', ({ delta }) => {
      log.navigations.push({ api: 'navigateBack', delta: typeof delta === 'number' ? delta : 1 });
      // Like WeChat: the first page of the stack cannot go back.
      if (stackDepth() <= 1) throw new Error('cannot navigate back at first page.');
    }),
  };
}

export function uiApis(log: WxLog, host: WxOptions) {
  const silent = (name: string) => asyncApi(name, () => undefined);
  return {
    showToast: asyncApi('showToast', (options) => void log.toasts.push(options)),
    hideToast: silent('hideToast'),
    showLoading: silent('showLoading'),
    hideLoading: silent('hideLoading'),
    showModal: asyncApi('showModal', () => ({ confirm: true, cancel: false })),
    showActionSheet: asyncApi('showActionSheet', ({ itemList }) => {
      const items = Array.isArray(itemList) ? itemList.map(String) : [];
      log.actionSheets.push(items);
      const tapIndex = host.actionSheet?.(items) ?? null;
      if (tapIndex === null) throw new Error('cancel');
      return { tapIndex };
    }),
    setTabBarBadge: asyncApi('setTabBarBadge', ({ index, text }) => {
      log.tabBarBadges.push({ index: Number(index), text: String(text) });
    }),
    removeTabBarBadge: asyncApi('removeTabBarBadge', ({ index }) => {
      log.tabBarBadges.push({ index: Number(index), text: null });
    }),
    // Noted at the call, synchronously, to tell a call inside the tap from one after an await;
    // then answered like a user who closes WeChat's dialog: every template rejected.
    requestSubscribeMessage: (options: Options = {}) => {
      const tmplIds = Array.isArray(options.tmplIds) ? options.tmplIds.map(String) : [];
      log.consentAsks.push({ tmplIds, duringTap: log.tapping });
      return asyncApi('requestSubscribeMessage', () => Object.fromEntries(tmplIds.map((id) => [id, 'reject'])))(
        options,
      );
    },
    startPullDownRefresh: silent('startPullDownRefresh'),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => void (log.pullDownStops += 1)),
    setNavigationBarTitle: silent('setNavigationBarTitle'),
    // Where, without the callbacks.
    pageScrollTo: asyncApi('pageScrollTo', (options) => {
      log.scrolls.push(Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value !== 'function')));
    }),
    vibrateShort: silent('vibrateShort'),
    createSelectorQuery,
    createIntersectionObserver: () => ({
      relativeToViewport: () => ({ observe: () => undefined }),
      disconnect: () => undefined,
    }),
    getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 297, right: 384, width: 87, height: 32 }),
  };
}
