import { collectionNames, ensureCloudbaseCollections } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { cloudbaseExportRecords } from '../../../cloudfunctions/lib/adapters/cloudbase/exportRecords';
import { cloudExportFiles, type CloudStorageCalls } from '../../../cloudfunctions/lib/adapters/wechat/cloudExportFiles';
import { freshMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';

/** CloudBase storage as our port sees it: what was uploaded, the temporary URLs asked for, the deletions. */
function fakeStorage(answers: { fileID?: string; tempFileURL?: string } = {}) {
  const uploads: { cloudPath: string; bytes: number }[] = [];
  const urlRequests: { fileID: string; maxAge: number }[][] = [];
  const deletions: string[][] = [];
  const calls: CloudStorageCalls = {
    async uploadFile({ cloudPath, fileContent }) {
      uploads.push({ cloudPath, bytes: fileContent.length });
      return { fileID: 'fileID' in answers ? answers.fileID : `cloud://env.bucket/${cloudPath}` };
    },
    async getTempFileURL({ fileList }) {
      urlRequests.push(fileList);
      const url = 'tempFileURL' in answers ? answers.tempFileURL : 'https://tmp.example/signed?sign=x';
      return { fileList: fileList.map(({ fileID }) => ({ fileID, tempFileURL: url, code: url ? 'SUCCESS' : 'FAIL' })) };
    },
    async deleteFile({ fileList }) {
      deletions.push(fileList);
      return {};
    },
  };
  return { calls, uploads, urlRequests, deletions };
}

/** The `exports` collection on a fresh in-memory CloudBase. */
async function exportRecords() {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  return cloudbaseExportRecords(db, collectionNames().exports);
}

describe('the CloudBase export files', () => {
  it('uploads under the user and an unguessable folder, and hands out an hour-long temporary URL', async () => {
    const storage = fakeStorage();
    const records = await exportRecords();
    const files = cloudExportFiles(storage.calls, () => 'r4nd0m', records);
    const saved = await files.save('u/1', 'minqing-my-data.xlsx', new Uint8Array([1, 2, 3]), 1_000);
    expect(storage.uploads).toEqual([{ cloudPath: 'exports/u%2F1/r4nd0m/minqing-my-data.xlsx', bytes: 3 }]);
    expect(storage.urlRequests).toEqual([
      [{ fileID: 'cloud://env.bucket/exports/u%2F1/r4nd0m/minqing-my-data.xlsx', maxAge: 3600 }],
    ]);
    expect(saved).toEqual({ url: 'https://tmp.example/signed?sign=x', expiresAt: 1_000 + 3_600_000 });
    expect(await records.expiredBy(saved.expiresAt)).toEqual([
      {
        key: 'r4nd0m',
        fileId: 'cloud://env.bucket/exports/u%2F1/r4nd0m/minqing-my-data.xlsx',
        userId: 'u/1',
        expiresAt: saved.expiresAt,
      },
    ]);
  });

  it('fails loudly when CloudBase stores nothing or gives no URL', async () => {
    const records = await exportRecords();
    const noFile = cloudExportFiles(fakeStorage({ fileID: undefined }).calls, () => 'r', records);
    await expect(noFile.save('u1', 'a.xlsx', new Uint8Array(1), 0)).rejects.toThrow('stored no file');
    const noUrl = cloudExportFiles(fakeStorage({ tempFileURL: undefined }).calls, () => 'r', records);
    await expect(noUrl.save('u1', 'a.xlsx', new Uint8Array(1), 0)).rejects.toThrow('no temporary URL');
  });

  it('deletes the expired exports 50 files a call and forgets them; the others stay', async () => {
    const storage = fakeStorage();
    const records = await exportRecords();
    let folder = 0;
    const files = cloudExportFiles(storage.calls, () => `f${(folder += 1)}`, records);
    for (let i = 0; i < 51; i += 1) await files.save('u1', 'a.xlsx', new Uint8Array(1), 1_000);
    const later = await files.save('u2', 'b.xlsx', new Uint8Array(1), 2_000);
    expect(await files.removeExpired(1_000 + 3_600_000)).toBe(51);
    expect(storage.deletions.map((batch) => batch.length)).toEqual([50, 1]);
    expect(storage.deletions.flat()).not.toContain('cloud://env.bucket/exports/u2/f52/b.xlsx');
    expect(await files.removeExpired(1_000 + 3_600_000)).toBe(0);
    expect(await records.expiredBy(later.expiresAt)).toEqual([expect.objectContaining({ userId: 'u2' })]);
  });
});
