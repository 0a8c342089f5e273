import { cloudUploadFolder } from '@domain/uploads';
import type { FileUrls } from '../../ports/fileUrls';

/**
 * In production, WeChat's <Image> shows `cloud://` file ids of this environment directly. A file
 * counts as the caller's when it lies in the caller's upload folder of this environment.
 * `deleteFiles` is cloud storage's `deleteFile({ fileList })` (an adapter of our own in tests).
 */
export function cloudFileUrls(envId: string, deleteFiles: (fileIds: string[]) => Promise<void>): FileUrls {
  return {
    urlFor: (fileId) => fileId,
    isUploadedBy: async (fileId, uploaderId) => {
      const match = /^cloud:\/\/([^/]+)\/(.+)$/.exec(fileId);
      if (!match || (envId !== '' && !match[1].startsWith(`${envId}.`) && match[1] !== envId)) return false;
      const path = match[2];
      return path.startsWith(cloudUploadFolder(uploaderId)) && !path.includes('..') && !path.includes('//');
    },
    remove: async (fileIds) => {
      const ours = fileIds.filter((fileId) => fileId.startsWith('cloud://'));
      // deleteFile takes at most 50 ids a call.
      for (let start = 0; start < ours.length; start += 50) await deleteFiles(ours.slice(start, start + 50));
    },
  };
}
