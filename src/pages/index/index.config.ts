export default definePageConfig({ navigationBarTitleText: '民情通' });
