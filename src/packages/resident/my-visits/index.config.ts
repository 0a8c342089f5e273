export default definePageConfig({
  navigationBarTitleText: '我的约见',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
});
