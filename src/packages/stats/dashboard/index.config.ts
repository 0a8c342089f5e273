export default definePageConfig({
  navigationBarTitleText: '数据看板',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
