export default definePageConfig({ navigationBarTitleText: '调整接访日' });
