import type { CloudFiles } from './cloudFiles';

type Reply = { requestId: string; data: unknown } | { requestId: string; code: string; message: string };

/**
 * Cloud storage's tcb actions over local files: upload metadata (the SDK then PUTs the bytes to
 * `url`, which this endpoint serves at /cos/), batch delete and temporary download addresses.
 * `baseUrl` is the endpoint's own address, so a temporary URL really downloads the file.
 */
export function storageReply(
  action: string,
  params: Record<string, unknown>,
  files: CloudFiles,
  baseUrl: string,
): Reply | null {
  if (action === 'storage.getUploadMetadata') return uploadMetadata(String(params.path ?? ''), files, baseUrl);
  if (action === 'storage.batchDeleteFile') return deleteFiles(params.fileid_list as string[], files);
  if (action === 'storage.batchGetDownloadUrl')
    return downloadUrls(params.file_list as { fileid: string }[], files, baseUrl);
  return null;
}

export function cosUrl(baseUrl: string, cloudPath: string): string {
  return `${baseUrl}/cos/${cloudPath.split('/').map(encodeURIComponent).join('/')}`;
}

function uploadMetadata(cloudPath: string, files: CloudFiles, baseUrl: string): Reply {
  if (!cloudPath || cloudPath.startsWith('/') || cloudPath.includes('..')) {
    return { requestId: 'local-storage', code: 'STORAGE_INVALID_PATH', message: `invalid cloud path ${cloudPath}` };
  }
  const data = {
    url: cosUrl(baseUrl, cloudPath),
    token: 'local-token',
    authorization: 'local-authorization',
    fileId: files.fileIdOf(cloudPath),
    cosFileId: 'local-cos-file',
    download_url: cosUrl(baseUrl, cloudPath),
  };
  return { requestId: 'local-storage', data };
}

function deleteFiles(fileIds: string[], files: CloudFiles): Reply {
  const deleteList = fileIds.map((fileid) => ({
    fileID: fileid,
    code: files.remove(fileid) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
  }));
  return { requestId: 'local-storage', data: { delete_list: deleteList } };
}

function downloadUrls(list: { fileid: string }[], files: CloudFiles, baseUrl: string): Reply {
  const downloadList = list.map(({ fileid }) => {
    const cloudPath = files.cloudPathOf(fileid);
    return cloudPath
      ? { fileID: fileid, tempFileURL: cosUrl(baseUrl, cloudPath), code: 'SUCCESS' }
      : { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
  });
  return { requestId: 'local-storage', data: { download_list: downloadList } };
}
