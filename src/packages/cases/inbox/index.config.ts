export default definePageConfig({
  navigationBarTitleText: '承办案件',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
