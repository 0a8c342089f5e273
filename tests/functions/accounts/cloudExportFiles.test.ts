import { cloudExportFiles, type CloudStorageCalls } from '../../../cloudfunctions/lib/adapters/wechat/cloudExportFiles';

/** CloudBase storage as our port sees it: what was uploaded, and the temporary URLs asked for. */
function fakeStorage(answers: { fileID?: string; tempFileURL?: string } = {}) {
  const uploads: { cloudPath: string; bytes: number }[] = [];
  const urlRequests: { fileID: string; maxAge: number }[][] = [];
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
  };
  return { calls, uploads, urlRequests };
}

describe('the CloudBase export files', () => {
  it('uploads under the user and an unguessable folder, and hands out an hour-long temporary URL', async () => {
    const storage = fakeStorage();
    const files = cloudExportFiles(storage.calls, () => 'r4nd0m');
    const saved = await files.save('u/1', 'minqing-my-data.xlsx', new Uint8Array([1, 2, 3]), 1_000);
    expect(storage.uploads).toEqual([{ cloudPath: 'exports/u%2F1/r4nd0m/minqing-my-data.xlsx', bytes: 3 }]);
    expect(storage.urlRequests).toEqual([
      [{ fileID: 'cloud://env.bucket/exports/u%2F1/r4nd0m/minqing-my-data.xlsx', maxAge: 3600 }],
    ]);
    expect(saved).toEqual({ url: 'https://tmp.example/signed?sign=x', expiresAt: 1_000 + 3_600_000 });
  });

  it('fails loudly when CloudBase stores nothing or gives no URL', async () => {
    const noFile = cloudExportFiles(fakeStorage({ fileID: undefined }).calls, () => 'r');
    await expect(noFile.save('u1', 'a.xlsx', new Uint8Array(1), 0)).rejects.toThrow('stored no file');
    const noUrl = cloudExportFiles(fakeStorage({ tempFileURL: undefined }).calls, () => 'r');
    await expect(noUrl.save('u1', 'a.xlsx', new Uint8Array(1), 0)).rejects.toThrow('no temporary URL');
  });
});
