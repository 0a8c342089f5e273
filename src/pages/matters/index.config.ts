export default definePageConfig({
  navigationBarTitleText: '居民说事',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
});
