import Taro from '@tarojs/taro';

/** Where a data export the server made is handed to the person: a download in h5, a document in weapp. */
export interface ReadyExport {
  fileName: string;
  url: string;
  /** weapp: the workbook downloaded to the phone, for WeChat's document viewer. */
  localPath: string | null;
}

/** Fetches the workbook to the phone in weapp; h5 downloads it when asked. */
export async function fetchExport(fileName: string, url: string): Promise<ReadyExport> {
  if (process.env.TARO_ENV !== 'weapp') return { fileName, url, localPath: null };
  const downloaded = await Taro.downloadFile({ url });
  if (downloaded.statusCode !== 200) throw new Error(`download ${downloaded.statusCode}`);
  return { fileName, url, localPath: downloaded.tempFilePath };
}

/**
 * Opens the workbook: in weapp in WeChat's document viewer, whose menu (showMenu) forwards it to
 * a chat or saves it; in h5 the browser downloads it.
 */
export async function openExport(ready: ReadyExport): Promise<void> {
  if (ready.localPath) {
    await Taro.openDocument({ filePath: ready.localPath, fileType: 'xlsx', showMenu: true });
    return;
  }
  window.location.assign(ready.url);
}
