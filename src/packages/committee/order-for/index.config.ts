export default definePageConfig({ navigationBarTitleText: '红色代办' });
