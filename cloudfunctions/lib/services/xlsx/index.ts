import { strToU8, zipSync, type Zippable } from 'fflate';
import { contentTypesXml, packageRelsXml, stylesXml, workbookRelsXml, workbookXml } from './packageParts';
import { sheetNames } from './sheetNames';
import { worksheetXml, type Sheet } from './worksheet';

export type { Cell, Column, Sheet } from './worksheet';

/** What an .xlsx file is served as. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes a workbook, one sheet per entry in order, as the bytes of an .xlsx file: our own few
 * parts of SpreadsheetML zipped with fflate (docs/adr/0008-xlsx-writer.md says why not a library).
 * `modified` dates the zip entries (the workbook itself carries no date).
 */
export function writeXlsx(sheets: readonly Sheet[], modified: number): Uint8Array {
  if (sheets.length === 0) throw new Error('writeXlsx: a workbook needs at least one sheet');
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const parts: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesXml(sheets.length)),
    '_rels/.rels': strToU8(packageRelsXml()),
    'xl/workbook.xml': strToU8(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml(sheets.length)),
    'xl/styles.xml': strToU8(stylesXml()),
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet));
  });
  return zipSync(parts, { mtime: modified });
}
