/**
 * CSV as Excel on a Chinese Windows opens it without asking: UTF-8 with a byte-order mark, CRLF line
 * ends, every field quoted when it holds a comma, a quote or a line break (RFC 4180). A cell that
 * starts with = + - @ is prefixed with a quote mark so no spreadsheet runs it as a formula (CSV
 * injection): the text is shown as written.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
