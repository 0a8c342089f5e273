import Taro from '@tarojs/taro';

/**
 * weapp: WeChat's own toast. The h5 build picks offlineToast.h5.ts instead (Taro's per-platform
 * files): Taro's h5 toast brings its whole dialog module (~8 KB gzip) into the first load.
 */
export function showOfflineToast(message: string): void {
  void Promise.resolve(Taro.showToast({ title: message, icon: 'none', duration: 2500 })).catch(() => undefined);
}
