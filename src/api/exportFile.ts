import Taro from '@tarojs/taro';

/** Where a data export the server made is handed to the person: a download in h5, a file in weapp. */
export interface ReadyExport {
  fileName: string;
  url: string;
  /** weapp: the file downloaded to the phone, for sending to a chat. */
  localPath: string | null;
}

/** Fetches the file to the phone in weapp (a chat can then carry it); h5 downloads when asked. */
export async function fetchExport(fileName: string, url: string): Promise<ReadyExport> {
  if (process.env.TARO_ENV !== 'weapp') return { fileName, url, localPath: null };
  const downloaded = await Taro.downloadFile({ url });
  if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
  return { fileName, url, localPath: downloaded.tempFilePath };
}

/**
 * Hands the file over: in weapp it goes to a chat the person picks (文件传输助手 reaches their
 * computer; WeChat's document viewer cannot open a zip), in h5 the browser downloads it. Must run
 * inside a tap.
 */
export function handOverExport(ready: ReadyExport): void {
  if (ready.localPath) {
    void Taro.shareFileMessage({ filePath: ready.localPath, fileName: ready.fileName });
    return;
  }
  window.location.assign(ready.url);
}
