import type { OpenDataFiles } from '../../ports/openDataFiles';
import type { CloudStorageCalls } from './cloudExportFiles';

const cloudPathOf = (communityId: string) => `open-data/${encodeURIComponent(communityId)}.zip`;

/**
 * Open data in CloudBase cloud storage at `open-data/<communityId>.zip`, overwritten in place by
 * each rebuild. Its address is the storage's public domain (`OPEN_DATA_BASE_URL`, e.g.
 * `https://<bucket>.tcb.qcloud.la`, with a storage rule letting everyone read `open-data/*`): a
 * temporary signed URL would change with every call, and a stable one is the point.
 */
export function cloudOpenDataFiles(calls: Pick<CloudStorageCalls, 'uploadFile'>, publicBaseUrl: string): OpenDataFiles {
  const base = publicBaseUrl.replace(/\/+$/, '');
  return {
    async publish(communityId, bytes) {
      const { fileID } = await calls.uploadFile({
        cloudPath: cloudPathOf(communityId),
        fileContent: Buffer.from(bytes),
      });
      if (!fileID) throw new Error('openDataFiles.publish: CloudBase stored no file');
      return `${base}/${cloudPathOf(communityId)}`;
    },
    addressOf: (communityId) => `${base}/${cloudPathOf(communityId)}`,
  };
}
