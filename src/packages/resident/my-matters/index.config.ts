export default definePageConfig({
  navigationBarTitleText: '我的说事',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
});
