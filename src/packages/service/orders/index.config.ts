export default definePageConfig({
  navigationBarTitleText: '我的服务单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
