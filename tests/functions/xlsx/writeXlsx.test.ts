import { spawnSync } from 'node:child_process';
import { writeXlsx, type Sheet } from '../../../cloudfunctions/lib/services/xlsx';
import { sheetNames } from '../../../cloudfunctions/lib/services/xlsx/sheetNames';
import { columnName, MAX_CELL_TEXT } from '../../../cloudfunctions/lib/services/xlsx/worksheet';
import { xmlText } from '../../../cloudfunctions/lib/services/xlsx/xmlText';
import { readXlsx } from '../../support/readXlsx';

const AT = Date.UTC(2026, 11, 5, 10, 30);

describe('writeXlsx', () => {
  it('writes a workbook a spreadsheet reader opens: every sheet in order, header and rows as given', () => {
    const sheets: Sheet[] = [
      {
        name: '我的说事',
        columns: [{ header: '标题', width: 30 }, { header: '支持数' }, { header: '匿名' }, { header: '照片' }],
        rows: [
          ['楼道灯坏了', 3, false, '[{"fileId":"cloud://a.jpg"}]'],
          ['电梯异响', 0, true, null],
        ],
      },
      { name: '评论', columns: [{ header: '内容' }], rows: [] },
    ];
    const book = readXlsx(writeXlsx(sheets, AT));

    expect(book.sheetNames).toEqual(['我的说事', '评论']);
    expect(book.sheets['我的说事'].header).toEqual(['标题', '支持数', '匿名', '照片']);
    expect(book.sheets['我的说事'].rows).toEqual([
      { 标题: '楼道灯坏了', 支持数: 3, 匿名: false, 照片: '[{"fileId":"cloud://a.jpg"}]' },
      { 标题: '电梯异响', 支持数: 0, 匿名: true, 照片: null },
    ]);
    expect(book.sheets['评论']).toEqual({ header: ['内容'], rows: [] });
    expect(book.parts['xl/worksheets/sheet1.xml']).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(book.parts['xl/styles.xml']).toContain('<b/>');
  });

  it('keeps text that XML would break on, and drops the characters XML 1.0 cannot hold', () => {
    const tricky = 'a < b & "c" > d\u0000\u0007\u000b\ufffe\ud800 行\t尾\n换行 😀';
    const book = readXlsx(writeXlsx([{ name: 'x', columns: [{ header: '<&>' }], rows: [[tricky]] }], AT));
    expect(book.sheets.x.header).toEqual(['<&>']);
    expect(book.sheets.x.rows).toEqual([{ '<&>': 'a < b & "c" > d 行\t尾\n换行 😀' }]);
  });

  it('names sheets as Excel allows: no []:*?/\\, at most 31 characters, unique, never blank', () => {
    const long = '很长的名字'.repeat(10);
    const names = sheetNames(['审计[记录]:*?/\\', long, long, 'Data', 'data', '   ', `${'a'.repeat(30)}😀`]);
    expect(names).toEqual([
      '审计记录',
      long.slice(0, 31),
      `${long.slice(0, 27)} (2)`,
      'Data',
      'data (2)',
      'Sheet6',
      'a'.repeat(30),
    ]);
    const book = readXlsx(
      writeXlsx(
        names.map((name) => ({ name, columns: [{ header: 'h' }], rows: [] })),
        AT,
      ),
    );
    expect(book.sheetNames).toEqual(names);
  });

  it('cuts a cell longer than Excel holds, saying so, so that the file still opens', () => {
    const book = readXlsx(writeXlsx([{ name: 's', columns: [{ header: 'h' }], rows: [['字'.repeat(40_000)]] }], AT));
    const text = String(book.sheets.s.rows[0].h);
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(text.endsWith('已截断）')).toBe(true);
  });

  it('letters columns past Z and escapes attributes', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(xmlText('<a href="x">&')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
    const wide = Array.from({ length: 30 }, (_, i) => ({ header: `列${i + 1}` }));
    const book = readXlsx(writeXlsx([{ name: 'w', columns: wide, rows: [wide.map((_, i) => i)] }], AT));
    expect(book.sheets.w.rows[0]['列30']).toBe(29);
  });

  it('writes every part as well-formed XML 1.0 (a strict parser, not only a lenient reader)', () => {
    const bytes = writeXlsx(
      [{ name: '审计记录', columns: [{ header: '前后' }], rows: [['{"a":"<x>"}\u0001'], [1.5], [true]] }],
      AT,
    );
    const strict = [
      'import sys, zipfile, io, xml.etree.ElementTree as ET',
      'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
      'for name in z.namelist(): ET.fromstring(z.read(name))',
      'print(len(z.namelist()))',
    ].join('\n');
    const parsed = spawnSync('python3', ['-c', strict], { input: Buffer.from(bytes), encoding: 'utf8' });
    expect(parsed.stderr).toBe('');
    expect(parsed.stdout.trim()).toBe('6');
  });

  it('refuses a workbook without sheets', () => {
    expect(() => writeXlsx([], AT)).toThrow('at least one sheet');
  });
});
