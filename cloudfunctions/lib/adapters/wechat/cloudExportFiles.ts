import { EXPORT_LINK_MS, type ExportFiles } from '../../ports/exportFiles';

/**
 * The two calls of CloudBase cloud storage an export needs (`app.uploadFile`, `app.getTempFileURL`
 * of @cloudbase/node-sdk), so the adapter can be tested without the SDK.
 */
export interface CloudStorageCalls {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>;
  getTempFileURL(options: {
    fileList: { fileID: string; maxAge: number }[];
  }): Promise<{ fileList: { fileID?: string; tempFileURL?: string; code?: string }[] }>;
}

/**
 * Exports go to `exports/<userId>/<random>/<fileName>` in cloud storage (set the storage to
 * "only the creator and admins read": functions write as admin, so no client can list or read
 * others' files) and are handed out as a temporary URL, signed by CloudBase, valid for an hour.
 * The random part makes the path unguessable too.
 */
export function cloudExportFiles(calls: CloudStorageCalls, random: () => string): ExportFiles {
  return {
    async save(userId, fileName, bytes, now) {
      const cloudPath = `exports/${encodeURIComponent(userId)}/${random()}/${fileName}`;
      const { fileID } = await calls.uploadFile({ cloudPath, fileContent: Buffer.from(bytes) });
      if (!fileID) throw new Error('exportFiles.save: CloudBase stored no file');
      const maxAge = Math.floor(EXPORT_LINK_MS / 1000);
      const { fileList } = await calls.getTempFileURL({ fileList: [{ fileID, maxAge }] });
      const url = fileList[0]?.tempFileURL;
      if (!url) throw new Error(`exportFiles.save: no temporary URL (${fileList[0]?.code ?? 'no answer'})`);
      return { url, expiresAt: now + EXPORT_LINK_MS };
    },
  };
}
