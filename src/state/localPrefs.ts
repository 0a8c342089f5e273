import Taro from '@tarojs/taro';
import { elderModes, type ElderMode } from '@domain/users';

const ELDER_MODE_KEY = 'mq.elderMode';

/**
 * The last elder-mode choice is also kept on the device, so the first screen is drawn in the
 * right size before the server has answered.
 */
export function cachedElderMode(): ElderMode {
  try {
    const value = Taro.getStorageSync(ELDER_MODE_KEY) as unknown;
    return elderModes.includes(value as ElderMode) ? (value as ElderMode) : 'auto';
  } catch {
    return 'auto';
  }
}

export function cacheElderMode(mode: ElderMode): void {
  try {
    Taro.setStorageSync(ELDER_MODE_KEY, mode);
  } catch {
    // Storage full or unavailable: the server still has the choice.
  }
}
