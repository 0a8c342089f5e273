import Taro from '@tarojs/taro';

/**
 * weapp: whether WeChat has a network (a subpackage download needs one). The h5 build picks
 * hostReachable.h5.ts instead (Taro's per-platform files): each build carries only its own check.
 */
export async function hostReachable(): Promise<boolean> {
  try {
    const { networkType } = await Taro.getNetworkType();
    return networkType !== 'none';
  } catch {
    return false;
  }
}
