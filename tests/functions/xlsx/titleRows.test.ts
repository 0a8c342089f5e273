import { writeXlsx } from '../../../cloudfunctions/lib/services/xlsx';
import { readXlsx } from '../../support/readXlsx';

const AT = Date.UTC(2026, 11, 5, 10, 30);

describe('writeXlsx title rows (a ledger’s heading)', () => {
  const bytes = writeXlsx(
    [
      {
        name: '居民说事台账',
        columns: [{ header: '编号' }, { header: '议题' }, { header: '满意度' }],
        rows: [['m1', '楼道灯坏了', '4星']],
        titles: ['东门社区 居民说事台账', '周期：2026年12月  导出人：陈秀英'],
      },
    ],
    AT,
  );

  it('puts each title on its own row above the header, merged across the columns', () => {
    const book = readXlsx(bytes, { titleRows: 2 });
    const sheet = book.sheets['居民说事台账'];
    expect(sheet).toEqual({
      titles: ['东门社区 居民说事台账', '周期：2026年12月  导出人：陈秀英'],
      header: ['编号', '议题', '满意度'],
      rows: [{ 编号: 'm1', 议题: '楼道灯坏了', 满意度: '4星' }],
    });
    const xml = book.parts['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A2:C2"/></mergeCells>');
    // The header stays in view: the pane is frozen under it, not under the first title.
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    // mergeCells follows sheetData, as the schema orders a worksheet's parts.
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<mergeCells'));
  });

  it('writes no mergeCells part for a sheet without titles', () => {
    const plain = writeXlsx([{ name: 'a', columns: [{ header: 'x' }, { header: 'y' }], rows: [] }], AT);
    expect(readXlsx(plain).parts['xl/worksheets/sheet1.xml']).not.toContain('mergeCells');
  });
});
