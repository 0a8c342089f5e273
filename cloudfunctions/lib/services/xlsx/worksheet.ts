import { cutTo } from './sheetNames';
import { xmlText } from './xmlText';

/** What a cell holds: text, a number, yes/no, or nothing (an empty cell). */
export type Cell = string | number | boolean | null | undefined;

export interface Column {
  header: string;
  /** In characters of the default font; a CJK character takes about two. */
  width?: number;
}

export interface Sheet {
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** Excel refuses a file whose cell holds more text than this. */
export const MAX_CELL_TEXT = 32_767;
const CUT_NOTE = '…（超出表格单元格上限，已截断）';

/** Style indexes of xl/styles.xml (stylesXml): 0 plain, 1 the bold header. */
const HEADER_STYLE = 1;

/**
 * One worksheet in SpreadsheetML: the header row bold and frozen, then a row per record. Text is
 * written inline (t="inlineStr") rather than in a shared-strings part: one part less to write,
 * and an export repeats little text.
 */
export function worksheetXml(sheet: Sheet): string {
  const header = rowXml(
    1,
    sheet.columns.map((column) => column.header),
    HEADER_STYLE,
  );
  const rows = sheet.rows.map((cells, index) => rowXml(index + 2, cells, 0));
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    colsXml(sheet.columns),
    `<sheetData>${header}${rows.join('')}</sheetData>`,
    '</worksheet>',
  ].join('');
}

function colsXml(columns: readonly Column[]): string {
  const widths = columns.map((column, index) =>
    column.width ? `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>` : '',
  );
  return widths.some(Boolean) ? `<cols>${widths.join('')}</cols>` : '';
}

function rowXml(rowNumber: number, cells: readonly Cell[], style: number): string {
  const xml = cells.map((value, index) => cellXml(`${columnName(index)}${rowNumber}`, value, style)).join('');
  return `<row r="${rowNumber}">${xml}</row>`;
}

function cellXml(ref: string, value: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = xmlText(fitCell(String(value)));
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function fitCell(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${cutTo(text, MAX_CELL_TEXT - CUT_NOTE.length)}${CUT_NOTE}`;
}

/** 0 -> A, 25 -> Z, 26 -> AA: the letters of a column. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
