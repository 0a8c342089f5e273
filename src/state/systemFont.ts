import Taro from '@tarojs/taro';

/** The phone's font size setting in px (weapp only); null where the platform does not say. */
export function systemFontSizePx(): number | null {
  if (process.env.TARO_ENV !== 'weapp') return null;
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number };
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : null;
  } catch {
    return null;
  }
}
