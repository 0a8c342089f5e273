import { appPages, preloadedFromTabs, routes, tabIconPath, tabItems, tabPreloadRule } from './domain/routes';

// The weapp and h5 app, registered from the route table (src/domain/routes): the four tabs in the
// main package, the other resident pages and the staff pages in subpackages. The dev-login page
// is built only for h5 (the local host); WeChat signs users in itself.
const { pages, subPackages } = appPages(Object.values(routes), process.env.TARO_ENV);
// The tabs preload the resident subpackage (WeChat reads this; h5 loads each page when opened).
const preloadRule = tabPreloadRule(Object.values(routes), preloadedFromTabs);

export default defineAppConfig({
  pages,
  subPackages,
  preloadRule,
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '民情通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    // weapp: our own tab bar (src/custom-tab-bar) follows elder mode and draws the unread badge;
    // WeChat's native one cannot do either. h5 keeps Taro's, styled for elder mode in app.scss
    // (Taro 4's h5 router draws no custom tab bar): docs/adr/0009-custom-tab-bar-in-weapp.md.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#595959',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabItems.map((tab) => ({
      pagePath: tab.path,
      text: tab.text,
      iconPath: tabIconPath(tab, false),
      selectedIconPath: tabIconPath(tab, true),
    })),
  },
  lazyCodeLoading: 'requiredComponents',
  // CloudBase: Taro.cloud is initialised in app.tsx (weapp only).
  ...(process.env.TARO_ENV === 'weapp' ? { cloud: true } : {}),
});
