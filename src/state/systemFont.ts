import Taro from '@tarojs/taro';

/** What WeChat's getAppBaseInfo answers about fonts (Taro 4.2.1's type leaves these fields out). */
interface FontInfo {
  fontSizeSetting?: unknown;
}

/**
 * The phone's font size setting in px (weapp only); null where the platform does not say. Read
 * through wx.getAppBaseInfo: getSystemInfoSync is no longer maintained by WeChat. A WeChat too old
 * for getAppBaseInfo (base library < 2.20.1) and the h5 build answer null, so elder mode follows
 * the user's own choice there.
 */
export function systemFontSizePx(): number | null {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getAppBaseInfo !== 'function') return null;
  try {
    const { fontSizeSetting } = Taro.getAppBaseInfo() as FontInfo;
    return typeof fontSizeSetting === 'number' ? fontSizeSetting : null;
  } catch {
    return null;
  }
}
