export default definePageConfig({
  navigationBarTitleText: '街道督办',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
