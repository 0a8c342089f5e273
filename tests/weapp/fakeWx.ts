/**
 * The fake WeChat host API (`wx`) the real weapp build runs against in miniprogram-simulate
 * (harness.ts): navigation, storage, privacy, UI, files and the cloud backend, every call logged
 * for the tests. Moved unchanged from harness.ts, which re-exports it.
 */
import { FakeBackend } from './fakeBackend';
import { createSelectorQuery } from './fakeSelectorQuery';

export type NavigationApi = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';

export interface Navigation {
  api: NavigationApi;
  url?: string;
  delta?: number;
}

export interface WxOptions {
  /** The phone's font size setting in px; 16 is WeChat's standard size. */
  fontSizeSetting?: number;
  /** Initial device storage, e.g. `{ 'mq.elderMode': 'on' }`. */
  storage?: Record<string, unknown>;
  /** What the user picks from an action sheet: an index into its items, or null to cancel (the default). */
  actionSheet?: (items: string[]) => number | null;
  /** The user agreed to the privacy guide before (WeChat then never asks). */
  privacyAgreed?: boolean;
}

/** WeChat's privacy agreement, as the harness plays it (privacyApis). */
export interface PrivacyLog {
  agreed: boolean;
  /** What the app registered with wx.onNeedPrivacyAuthorization. */
  listener: ((resolve: (option: Record<string, unknown>) => void, info: { referrer: string }) => void) | null;
  /** Every answer the app gave to a pending request. */
  answers: Record<string, unknown>[];
  /** Ids of agree buttons whose agreeprivacyauthorization event was dispatched (by the test's tap). */
  agreeTaps: string[];
  contractOpened: number;
  /** Paths handed out by wx.chooseImage. */
  chosenImages: number;
}

/** What the page did to the host, for assertions. */
export interface WxLog {
  navigations: Navigation[];
  toasts: Record<string, unknown>[];
  cloudInit: Record<string, unknown>[];
  storage: Map<string, unknown>;
  /** The items of every action sheet the page opened. */
  actionSheets: string[][];
  /** How often the page ended a pull-down refresh (wx.stopPullDownRefresh). */
  pullDownStops: number;
  /** Where the page asked WeChat to scroll (wx.pageScrollTo's options). */
  scrolls: Record<string, unknown>[];
  /** The 我的 tab's badge as the app last set it: its text, or null once removed. */
  tabBarBadges: { index: number; text: string | null }[];
  /**
   * Every subscribe-message consent the app asked for (wx.requestSubscribeMessage), and whether
   * it came while a tap was being dispatched: WeChat refuses it anywhere else.
   */
  consentAsks: { tmplIds: string[]; duringTap: boolean }[];
  /** True while the event of `MiniPage.tap` is being delivered. */
  tapping: boolean;
  privacy: PrivacyLog;
  /** URLs the app downloaded (wx.downloadFile), and what it opened in WeChat's document viewer. */
  downloads: string[];
  openedDocuments: Record<string, unknown>[];
  /** Files the app put in cloud storage (wx.cloud.uploadFile): where, and from which temp path. */
  uploads: { cloudPath: string; filePath: string }[];
  /** `wx` members the app read that the harness does not provide: add them here, never ignore. */
  missingApis: () => string[];
}

type Options = Record<string, unknown> & {
  success?: (res: unknown) => void;
  fail?: (res: unknown) => void;
  complete?: (res: unknown) => void;
};

/** A callback-style wx API: settles asynchronously like WeChat, and returns a promise as well. */
function asyncApi(name: string, run: (options: Options) => unknown) {
  return (options: Options = {}): Promise<unknown> =>
    Promise.resolve().then(() => {
      try {
        const res = { errMsg: `${name}:ok`, ...(run(options) as object | undefined) };
        options.success?.(res);
        options.complete?.(res);
        return res;
      } catch (error) {
        const res = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` };
        options.fail?.(res);
        options.complete?.(res);
        if (!options.fail) throw res;
        return res;
      }
    });
}

function systemInfo(fontSizeSetting: number) {
  const window = { pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 763 };
  const device = { brand: 'devtools', model: 'iPhone 12/13 (Pro)', system: 'iOS 16.0', platform: 'devtools' };
  const app = { SDKVersion: '3.6.0', version: '8.0.5', language: 'zh_CN', theme: 'light', fontSizeSetting };
  const safeArea = { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 };
  return { ...window, ...device, ...app, statusBarHeight: 47, safeArea };
}

function storageApis(storage: Map<string, unknown>) {
  return {
    // WeChat answers '' for a key it does not have.
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: asyncApi('getStorage', ({ key }) => {
      if (!storage.has(String(key))) throw new Error('data not found');
      return { data: storage.get(String(key)) };
    }),
    setStorage: asyncApi('setStorage', ({ key, data }) => void storage.set(String(key), data)),
    removeStorage: asyncApi('removeStorage', ({ key }) => void storage.delete(String(key))),
  };
}

function navigationApis(log: WxLog, stackDepth: () => number) {
  const record = (api: NavigationApi) =>
    asyncApi(api, ({ url }) => void log.navigations.push({ api, url: String(url) }));
  return {
    navigateTo: record('navigateTo'),
    redirectTo: record('redirectTo'),
    switchTab: record('switchTab'),
    reLaunch: record('reLaunch'),
    navigateBack: asyncApi('navigateBack', ({ delta }) => {
      log.navigations.push({ api: 'navigateBack', delta: typeof delta === 'number' ? delta : 1 });
      // Like WeChat: the first page of the stack cannot go back.
      if (stackDepth() <= 1) throw new Error('cannot navigate back at first page.');
    }),
  };
}

/**
 * WeChat's privacy agreement: a privacy API (chooseImage, requirePrivacyAuthorize, the
 * getPhoneNumber button: wechatPhone.ts) used before the user agreed is held back while the app's onNeedPrivacyAuthorization listener asks; `agree` counts
 * only with the id of an agree button that was really tapped, as WeChat's base library checks.
 */
export function askPrivacy(privacy: PrivacyLog, referrer: string, done: (agreed: boolean) => void): void {
  if (privacy.agreed) return done(true);
  if (!privacy.listener) return done(false);
  privacy.listener(
    (option) => {
      privacy.answers.push(option);
      if (option.event === 'agree' && privacy.agreeTaps.includes(String(option.buttonId))) privacy.agreed = true;
      if (option.event === 'agree' || option.event === 'disagree') done(privacy.agreed);
    },
    { referrer },
  );
}

function privacyApis(privacy: PrivacyLog) {
  const authorized = (done: (agreed: boolean) => void) => askPrivacy(privacy, 'chooseImage', done);
  const held =
    (name: string, run: (options: Options) => unknown) =>
    (options: Options = {}) =>
      new Promise((resolve, reject) =>
        authorized((agreed) =>
          (agreed
            ? asyncApi(name, run)
            : asyncApi(name, () => {
                throw new Error('privacy permission is not authorized');
              }))(options).then(resolve, reject),
        ),
      );
  return {
    onNeedPrivacyAuthorization: (listener: PrivacyLog['listener']) => void (privacy.listener = listener),
    requirePrivacyAuthorize: held('requirePrivacyAuthorize', () => undefined),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: !privacy.agreed,
      privacyContractName: '《民情通隐私保护指引》',
    })),
    openPrivacyContract: asyncApi('openPrivacyContract', () => void (privacy.contractOpened += 1)),
    chooseImage: held('chooseImage', () => {
      privacy.chosenImages += 1;
      return { tempFilePaths: [`http://tmp/photo-${privacy.chosenImages}.jpg`], tempFiles: [] };
    }),
  };
}

function uiApis(log: WxLog, host: WxOptions) {
  const silent = (name: string) => asyncApi(name, () => undefined);
  return {
    showToast: asyncApi('showToast', (options) => void log.toasts.push(options)),
    hideToast: silent('hideToast'),
    showLoading: silent('showLoading'),
    hideLoading: silent('hideLoading'),
    showModal: asyncApi('showModal', () => ({ confirm: true, cancel: false })),
    showActionSheet: asyncApi('showActionSheet', ({ itemList }) => {
      const items = Array.isArray(itemList) ? itemList.map(String) : [];
      log.actionSheets.push(items);
      const tapIndex = host.actionSheet?.(items) ?? null;
      if (tapIndex === null) throw new Error('cancel');
      return { tapIndex };
    }),
    setTabBarBadge: asyncApi('setTabBarBadge', ({ index, text }) => {
      log.tabBarBadges.push({ index: Number(index), text: String(text) });
    }),
    removeTabBarBadge: asyncApi('removeTabBarBadge', ({ index }) => {
      log.tabBarBadges.push({ index: Number(index), text: null });
    }),
    // Noted at the call, synchronously, to tell a call inside the tap from one after an await;
    // then answered like a user who closes WeChat's dialog: every template rejected.
    requestSubscribeMessage: (options: Options = {}) => {
      const tmplIds = Array.isArray(options.tmplIds) ? options.tmplIds.map(String) : [];
      log.consentAsks.push({ tmplIds, duringTap: log.tapping });
      return asyncApi('requestSubscribeMessage', () => Object.fromEntries(tmplIds.map((id) => [id, 'reject'])))(
        options,
      );
    },
    startPullDownRefresh: silent('startPullDownRefresh'),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => void (log.pullDownStops += 1)),
    setNavigationBarTitle: silent('setNavigationBarTitle'),
    // Where, without the callbacks.
    pageScrollTo: asyncApi('pageScrollTo', (options) => {
      log.scrolls.push(Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value !== 'function')));
    }),
    vibrateShort: silent('vibrateShort'),
    createSelectorQuery,
    createIntersectionObserver: () => ({
      relativeToViewport: () => ({ observe: () => undefined }),
      disconnect: () => undefined,
    }),
    getMenuButtonBoundingClientRect: () => ({ top: 51, bottom: 83, left: 297, right: 384, width: 87, height: 32 }),
  };
}

/**
 * Files: a download lands in a temporary path; openDocument notes what it was asked to show;
 * compressImage writes a new temporary file, as WeChat does.
 */
function fileApis(log: WxLog) {
  let compressed = 0;
  return {
    compressImage: asyncApi('compressImage', () => ({
      tempFilePath: `http://tmp/compressed-${(compressed += 1)}.jpg`,
    })),
    downloadFile: asyncApi('downloadFile', ({ url }) => {
      log.downloads.push(String(url));
      return { statusCode: 200, tempFilePath: `http://tmp/download-${log.downloads.length}` };
    }),
    openDocument: asyncApi('openDocument', ({ filePath, fileType, showMenu }) => {
      log.openedDocuments.push({ filePath, fileType, showMenu });
    }),
  };
}

/**
 * Builds the `wx` global. A Proxy notes every member the app reads that is not provided; members
 * the app later sets itself (webpack's `webpackJsonp`) do not count.
 */
export function createWx(backend: FakeBackend, options: WxOptions, log: WxLog, stackDepth: () => number) {
  const info = systemInfo(options.fontSizeSetting ?? 16);
  const target: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'http://usr' },
    canIUse: () => true,
    nextTick: (callback: () => void) => setTimeout(callback, 0),
    getSystemInfoSync: () => ({ ...info }),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...info })),
    getWindowInfo: () => ({ ...info }),
    getDeviceInfo: () => ({ ...info }),
    getAppBaseInfo: () => ({ ...info }),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getLaunchOptionsSync: () => ({ path: '', query: {}, scene: 1001, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: '', query: {}, scene: 1001, referrerInfo: {} }),
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    ...storageApis(log.storage),
    ...navigationApis(log, stackDepth),
    ...uiApis(log, options),
    ...privacyApis(log.privacy),
    ...fileApis(log),
    cloud: {
      init: (config: Record<string, unknown> = {}) => void log.cloudInit.push(config),
      // CloudBase storage: the file id names the environment's bucket and the path asked for.
      uploadFile: asyncApi('cloud.uploadFile', ({ cloudPath, filePath }) => {
        log.uploads.push({ cloudPath: String(cloudPath), filePath: String(filePath) });
        return { fileID: `cloud://minqing-test.6d69-minqing-test/${String(cloudPath)}`, statusCode: 200 };
      }),
      callFunction: (params: Options & { name: string; data?: unknown }) => {
        const answer = backend.handle(params);
        answer.then(params.success, params.fail).finally(() => params.complete?.(undefined));
        return answer;
      },
    },
  };
  const read = new Set<string>();
  log.missingApis = () => [...read].filter((key) => !(key in target));
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string') read.add(key);
      return object[key as string];
    },
  });
}
