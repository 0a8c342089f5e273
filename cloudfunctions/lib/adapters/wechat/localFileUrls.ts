import type { FileUrls } from '../../ports/fileUrls';

/** The local host stores uploads as `local/<name>` and serves them at `/files/<name>`. */
export const LOCAL_FILE_PREFIX = 'local/';

export const localFileUrls: FileUrls = {
  urlFor: (fileId) =>
    fileId.startsWith(LOCAL_FILE_PREFIX) ? `/files/${fileId.slice(LOCAL_FILE_PREFIX.length)}` : fileId,
  isOwnFile: (fileId) => /^local\/[A-Za-z0-9_-]{8,64}\.(jpg|jpeg|png|webp)$/.test(fileId),
};

/** In production, WeChat's <Image> shows `cloud://` file ids of this environment directly. */
export function cloudFileUrls(envId: string): FileUrls {
  return {
    urlFor: (fileId) => fileId,
    isOwnFile: (fileId) => fileId.startsWith('cloud://') && (envId === '' || fileId.includes(envId)),
  };
}
