import { cloudOpenDataFiles } from '../../../cloudfunctions/lib/adapters/wechat/cloudOpenDataFiles';
import { toCsv } from '../../../cloudfunctions/lib/services/stats/openData/csv';
import { readCsv } from '../../support/readCsv';

describe('open data files in CloudBase storage', () => {
  it('overwrites one fixed path per community and answers the public domain address', async () => {
    const uploads: { cloudPath: string; bytes: number }[] = [];
    const files = cloudOpenDataFiles(
      {
        uploadFile: async ({ cloudPath, fileContent }) => {
          uploads.push({ cloudPath, bytes: fileContent.length });
          return { fileID: `cloud://env.bucket/${cloudPath}` };
        },
      },
      'https://bucket.tcb.qcloud.la/',
    );
    expect(await files.publish('c-dongmen', new Uint8Array(3))).toBe(
      'https://bucket.tcb.qcloud.la/open-data/c-dongmen.zip',
    );
    await files.publish('c-dongmen', new Uint8Array(5));
    expect(uploads).toEqual([
      { cloudPath: 'open-data/c-dongmen.zip', bytes: 3 },
      { cloudPath: 'open-data/c-dongmen.zip', bytes: 5 },
    ]);
    expect(files.addressOf('c-ximen')).toBe('https://bucket.tcb.qcloud.la/open-data/c-ximen.zip');
  });

  it('fails loudly when CloudBase stored nothing', async () => {
    const files = cloudOpenDataFiles({ uploadFile: async () => ({}) }, 'https://bucket.tcb.qcloud.la');
    await expect(files.publish('c-dongmen', new Uint8Array(1))).rejects.toThrow('stored no file');
  });
});

describe('CSV for Excel', () => {
  it('quotes what needs quoting, keeps Chinese, and never lets a cell run as a formula', () => {
    const text = toCsv(
      ['标题', '数值'],
      [
        ['逗号,引号"和\r\n换行', 3],
        ['=HYPERLINK("http://x")', -2],
        ['+86 电话', null],
      ],
    );
    expect(text.startsWith('\uFEFF标题,数值\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['标题', '数值'],
      ['逗号,引号"和\r\n换行', '3'],
      [`'=HYPERLINK("http://x")`, '-2'],
      [`'+86 电话`, ''],
    ]);
  });
});
