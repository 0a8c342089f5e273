export default definePageConfig({
  navigationBarTitleText: '民意5来听',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
