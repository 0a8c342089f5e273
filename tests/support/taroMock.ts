/**
 * `@tarojs/taro` in jsdom: navigation and UI calls are recorded jest mocks; storage is an
 * in-memory map. Reset between tests with `resetTaroMock()`.
 */
const storage = new Map<string, unknown>();

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' };

const Taro = {
  ENV_TYPE,
  getEnv: jest.fn(() => ENV_TYPE.WEB),
  navigateTo: jest.fn(async () => ({})),
  navigateBack: jest.fn(async () => ({})),
  switchTab: jest.fn(async () => ({})),
  reLaunch: jest.fn(async () => ({})),
  redirectTo: jest.fn(async () => ({})),
  showToast: jest.fn(async () => ({})),
  /** The user taps the confirm button unless a test says otherwise (mockResolvedValueOnce). */
  showModal: jest.fn(async (): Promise<{ confirm: boolean; cancel: boolean }> => ({ confirm: true, cancel: false })),
  getStorageSync: jest.fn((key: string) => storage.get(key) ?? ''),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 16, windowWidth: 375, windowHeight: 812, pixelRatio: 2 })),
  getWindowInfo: jest.fn(() => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 })),
  getSystemInfo: jest.fn(async () => ({ windowWidth: 375, windowHeight: 812 })),
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  createSelectorQuery: jest.fn(() => ({
    select: () => ({
      boundingClientRect: () => ({ exec: (cb?: (r: unknown[]) => void) => cb?.([{ width: 0, height: 0 }]) }),
    }),
    selectAll: () => ({ boundingClientRect: () => ({ exec: (cb?: (r: unknown[]) => void) => cb?.([[]]) }) }),
  })),
  pxTransform: (px: number) => `${px / 2}px`,
  pageScrollTo: jest.fn(async () => ({})),
  getCurrentInstance: jest.fn(() => ({ router: { path: '/pages/test/index', params: {} }, page: {} })),
  // The page under test was opened from a tab page (so 返回 has somewhere to go back to).
  getCurrentPages: jest.fn(() => [{ route: 'pages/index/index' }, { route: 'pages/test/index' }]),
  eventCenter: { on: jest.fn(), off: jest.fn(), trigger: jest.fn() },
  useDidShow: jest.fn(),
  usePullDownRefresh: jest.fn(),
  stopPullDownRefresh: jest.fn(async () => ({})),
  useDidHide: jest.fn(),
  useUnload: jest.fn(),
  useReady: jest.fn(),
  useLoad: jest.fn(),
  cloud: { init: jest.fn(), callFunction: jest.fn() },
};

export function resetTaroMock(): void {
  storage.clear();
  for (const value of Object.values(Taro)) {
    if (typeof value === 'function' && 'mockClear' in value) (value as jest.Mock).mockClear();
  }
}

export const { getEnv, navigateTo, navigateBack, switchTab, reLaunch, getStorageSync, setStorageSync } = Taro;
export const { getCurrentInstance, getCurrentPages, eventCenter, useDidHide, useUnload } = Taro;
export const { useDidShow, useReady, useLoad, nextTick, pxTransform, getSystemInfoSync, createSelectorQuery } = Taro;
export const { usePullDownRefresh, stopPullDownRefresh } = Taro;
export default Taro;
