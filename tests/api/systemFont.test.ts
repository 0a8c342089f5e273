import Taro from '@tarojs/taro';
import { systemFontSizePx } from '../../src/state/systemFont';

/** The font setting comes from wx.getAppBaseInfo, never the deprecated getSystemInfoSync. */
describe('systemFontSizePx', () => {
  const taro = Taro as unknown as Record<string, unknown>;
  const platform = process.env.TARO_ENV;
  afterEach(() => {
    process.env.TARO_ENV = platform;
    delete taro.getAppBaseInfo;
  });

  it('reads fontSizeSetting from getAppBaseInfo in weapp', () => {
    process.env.TARO_ENV = 'weapp';
    taro.getAppBaseInfo = jest.fn(() => ({ language: 'zh_CN', fontSizeSetting: 20 }));
    expect(systemFontSizePx()).toBe(20);
    expect(Taro.getSystemInfoSync).not.toHaveBeenCalled();
  });

  it('falls back to null where getAppBaseInfo is missing, fails or does not say', () => {
    process.env.TARO_ENV = 'weapp';
    expect(systemFontSizePx()).toBeNull();
    taro.getAppBaseInfo = jest.fn(() => {
      throw new Error('not supported');
    });
    expect(systemFontSizePx()).toBeNull();
    taro.getAppBaseInfo = jest.fn(() => ({ language: 'zh_CN' }));
    expect(systemFontSizePx()).toBeNull();
    expect(Taro.getSystemInfoSync).not.toHaveBeenCalled();
  });

  it('is null in the h5 build', () => {
    process.env.TARO_ENV = 'h5';
    taro.getAppBaseInfo = jest.fn(() => ({ fontSizeSetting: 22 }));
    expect(systemFontSizePx()).toBeNull();
  });
});
