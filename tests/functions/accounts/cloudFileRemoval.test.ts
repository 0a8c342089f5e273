import { cloudFileUrls } from '../../../cloudfunctions/lib/adapters/wechat/cloudFileUrls';

describe('deleting a deleted person’s photos from CloudBase storage', () => {
  it('asks deleteFile for this storage’s ids only, 50 at a time', async () => {
    const calls: string[][] = [];
    const files = cloudFileUrls('prod-1a2b', async (fileIds) => {
      calls.push(fileIds);
    });
    const ids = Array.from({ length: 51 }, (_, i) => `cloud://prod-1a2b.bucket/uploads/u1/${i}.jpg`);
    await files.remove([...ids, 'local/elsewhere0001.jpg']);
    expect(calls.map((batch) => batch.length)).toEqual([50, 1]);
    expect(calls.flat()).toEqual(ids);
    await files.remove([]);
    expect(calls).toHaveLength(2);
  });
});
