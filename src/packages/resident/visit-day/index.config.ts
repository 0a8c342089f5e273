export default definePageConfig({
  navigationBarTitleText: '预约接访',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
