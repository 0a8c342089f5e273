export default definePageConfig({ navigationBarTitleText: '民意5来听' });
