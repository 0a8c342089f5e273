import { cloudUploadFolder } from '@domain/uploads';
import type { FileUrls } from '../../ports/fileUrls';

/**
 * In production, WeChat's <Image> shows `cloud://` file ids of this environment directly. A file
 * counts as the caller's when it lies in the caller's upload folder of this environment.
 */
export function cloudFileUrls(envId: string): FileUrls {
  return {
    urlFor: (fileId) => fileId,
    isUploadedBy: async (fileId, uploaderId) => {
      const match = /^cloud:\/\/([^/]+)\/(.+)$/.exec(fileId);
      if (!match || (envId !== '' && !match[1].startsWith(`${envId}.`) && match[1] !== envId)) return false;
      const path = match[2];
      return path.startsWith(cloudUploadFolder(uploaderId)) && !path.includes('..') && !path.includes('//');
    },
  };
}
