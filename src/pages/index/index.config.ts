export default definePageConfig({
  navigationBarTitleText: '民情通',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
