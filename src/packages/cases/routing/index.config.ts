export default definePageConfig({
  navigationBarTitleText: '路由表',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
