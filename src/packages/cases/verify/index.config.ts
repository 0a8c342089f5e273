export default definePageConfig({
  navigationBarTitleText: '待核查',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
