/**
 * The fake WeChat host API (`wx`) the real weapp build runs against in miniprogram-simulate
 * (harness.ts): the device (system info, launch options), the cloud (init, uploadFile, and
 * callFunction answered by the test's FakeBackend), and the groups of fake APIs gathered from
 * fakeWxData.ts, fakeWxUi.ts and fakeWxPrivacy.ts, behind a Proxy that reports what is missing.
 * Every call is logged for the tests (fakeWxLog.ts).
 */
import { FakeBackend } from './fakeBackend';
import { fileApis, storageApis } from './fakeWxData';
import type { WxLog, WxOptions } from './fakeWxLog';
import { privacyApis } from './fakeWxPrivacy';
import { navigationApis, uiApis } from './fakeWxUi';
import { asyncApi, type Options } from './wxAsyncApi';

export { askPrivacy } from './fakeWxPrivacy';
export type { Navigation, NavigationApi, PrivacyLog, WxLog, WxOptions } from './fakeWxLog';

function systemInfo(fontSizeSetting: number) {
  const window = { pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 763 };
  const device = { brand: 'devtools', model: 'iPhone 12/13 (Pro)', system: 'iOS 16.0', platform: 'devtools' };
  const app = { SDKVersion: '3.6.0', version: '8.0.5', language: 'zh_CN', theme: 'light', fontSizeSetting };
  const safeArea = { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 };
  return { ...window, ...device, ...app, statusBarHeight: 47, safeArea };
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
