// The weapp and h5 app: resident pages in the main package, staff pages in subpackages.
// The dev-login page exists only in the h5 build (the local host); WeChat signs users in itself.
const devPages = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : [];

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/matters/index',
    'pages/visits/index',
    'pages/mine/index',
    'pages/profile/index',
    'pages/matter/index',
    'pages/matter-new/index',
    'pages/my-matters/index',
    'pages/visit-day/index',
    'pages/my-visits/index',
    'pages/messages/index',
    ...devPages,
  ],
  subPackages: [
    { root: 'packages/admin', pages: ['users/index'] },
    { root: 'packages/committee', pages: ['moderation/index', 'manage/index', 'visit-days/index', 'deliveries/index'] },
    { root: 'packages/cadre', pages: ['slots/index', 'sheet/index', 'record/index', 'followups/index'] },
  ],
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
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/matters/index',
        text: '说事',
        iconPath: 'assets/tab/matters.png',
        selectedIconPath: 'assets/tab/matters-active.png',
      },
      {
        pagePath: 'pages/visits/index',
        text: '约见',
        iconPath: 'assets/tab/visits.png',
        selectedIconPath: 'assets/tab/visits-active.png',
      },
      {
        pagePath: 'pages/mine/index',
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
