export default definePageConfig({ navigationBarTitleText: '居民说事' });
