import { appPages, preloadedFromTabs, routes, tabPreloadRule } from './domain/routes';

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
    color: '#595959',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: routes.home.path,
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: routes.matters.path,
        text: '说事',
        iconPath: 'assets/tab/matters.png',
        selectedIconPath: 'assets/tab/matters-active.png',
      },
      {
        pagePath: routes.visits.path,
        text: '约见',
        iconPath: 'assets/tab/visits.png',
        selectedIconPath: 'assets/tab/visits-active.png',
      },
      {
        pagePath: routes.mine.path,
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // CloudBase: Taro.cloud is initialised in app.tsx (weapp only).
  ...(process.env.TARO_ENV === 'weapp' ? { cloud: true } : {}),
});
