import { EXPORT_LINK_MS, type ExportFiles } from '../../ports/exportFiles';
import type { ExportRecords } from '../cloudbase/exportRecords';

/**
 * The calls of CloudBase cloud storage an export needs (`app.uploadFile`, `app.getTempFileURL`,
 * `app.deleteFile` of @cloudbase/node-sdk), so the adapter can be tested without the SDK.
 */
export interface CloudStorageCalls {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>;
  getTempFileURL(options: {
    fileList: { fileID: string; maxAge: number }[];
  }): Promise<{ fileList: { fileID?: string; tempFileURL?: string; code?: string }[] }>;
  deleteFile(options: { fileList: string[] }): Promise<unknown>;
}

/** deleteFile takes at most 50 ids a call. */
const DELETE_BATCH = 50;

/**
 * Exports go to `exports/<userId>/<random>/<fileName>` in cloud storage (set the storage to
 * "only the creator and admins read": functions write as admin, so no client can list or read
 * others' files) and are handed out as a temporary URL, signed by CloudBase, valid for an hour.
 * The random part makes the path unguessable too. Each export is recorded (`records`) so the
 * nightly clean-up can delete it once expired: the file first, then the record, so a run that
 * fails in between deletes it again (a no-op) the next night.
 */
export function cloudExportFiles(calls: CloudStorageCalls, random: () => string, records: ExportRecords): ExportFiles {
  return {
    async save(userId, fileName, bytes, now) {
      const key = random();
      const cloudPath = `exports/${encodeURIComponent(userId)}/${key}/${fileName}`;
      const { fileID } = await calls.uploadFile({ cloudPath, fileContent: Buffer.from(bytes) });
      if (!fileID) throw new Error('exportFiles.save: CloudBase stored no file');
      const expiresAt = now + EXPORT_LINK_MS;
      await records.add({ key, fileId: fileID, userId, expiresAt });
      const maxAge = Math.floor(EXPORT_LINK_MS / 1000);
      const { fileList } = await calls.getTempFileURL({ fileList: [{ fileID, maxAge }] });
      const url = fileList[0]?.tempFileURL;
      if (!url) throw new Error(`exportFiles.save: no temporary URL (${fileList[0]?.code ?? 'no answer'})`);
      return { url, expiresAt };
    },

    async removeExpired(now) {
      const expired = await records.expiredBy(now);
      for (let start = 0; start < expired.length; start += DELETE_BATCH) {
        const batch = expired.slice(start, start + DELETE_BATCH);
        await calls.deleteFile({ fileList: batch.map((record) => record.fileId) });
        await records.forget(batch.map((record) => record.key));
      }
      return expired.length;
    },
  };
}
