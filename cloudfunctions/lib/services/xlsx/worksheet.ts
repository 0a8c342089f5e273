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
  /**
   * Lines above the header (a ledger's 社区 · 台账名 · 周期 · 导出人 · 导出时间), each one bold cell
   * merged across the sheet's columns; the header and rows move down under them.
   */
  titles?: readonly string[];
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
  const titles = sheet.titles ?? [];
  const headerRow = titles.length + 1;
  const titleRows = titles.map((title, index) => rowXml(index + 1, [title], HEADER_STYLE));
  const header = rowXml(
    headerRow,
    sheet.columns.map((column) => column.header),
    HEADER_STYLE,
  );
  const rows = sheet.rows.map((cells, index) => rowXml(headerRow + index + 1, cells, 0));
  const pane = `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    colsXml(sheet.columns),
    `<sheetData>${titleRows.join('')}${header}${rows.join('')}</sheetData>`,
    mergeCellsXml(titles.length, sheet.columns.length),
    '</worksheet>',
  ].join('');
}

/** Each title line spans the sheet's columns (SpreadsheetML puts mergeCells right after sheetData). */
function mergeCellsXml(titleCount: number, columnCount: number): string {
  if (titleCount === 0 || columnCount < 2) return '';
  const last = columnName(columnCount - 1);
  const merges = Array.from({ length: titleCount }, (_, i) => `<mergeCell ref="A${i + 1}:${last}${i + 1}"/>`);
  return `<mergeCells count="${titleCount}">${merges.join('')}</mergeCells>`;
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
