export default definePageConfig({ navigationBarTitleText: '接访单' });
