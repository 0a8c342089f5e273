export default definePageConfig({ navigationBarTitleText: '发布接访时段' });
