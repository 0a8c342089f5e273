/**
 * The fake `wx`'s device data: synchronous and asynchronous storage over the log's map, and files
 * (a download's temporary path, the document viewer, image compression), each noted in the log.
 */
import type { WxLog } from './fakeWxLog';
import { asyncApi } from './wxAsyncApi';

export function storageApis(storage: Map<string, unknown>) {
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

/**
 * Files: a download lands in a temporary path; openDocument notes what it was asked to show;
 * compressImage writes a new temporary file, as WeChat does.
 */
export function fileApis(log: WxLog) {
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
