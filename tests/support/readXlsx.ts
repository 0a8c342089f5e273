import { unzipSync } from 'fflate';
import { read, utils } from 'xlsx';

/** One sheet as a reader sees it: the header row, and each row after it keyed by header. */
export interface ReadSheet {
  /** The lines above the header (a ledger's title rows), when the reader was told how many. */
  titles?: string[];
  header: string[];
  rows: Record<string, unknown>[];
}

export interface ReadWorkbook {
  sheetNames: string[];
  sheets: Record<string, ReadSheet>;
  /** Every part of the package unzipped, for checks on the XML itself. */
  parts: Record<string, string>;
}

/**
 * Opens an .xlsx with a real reader (SheetJS, a devDependency used only here) the way a person's
 * spreadsheet app would: strict about the package, every sheet read back as rows.
 */
export function readXlsx(bytes: Uint8Array, options: { titleRows?: number } = {}): ReadWorkbook {
  const skip = options.titleRows ?? 0;
  const workbook = read(bytes, { type: 'array', WTF: true });
  const sheets: Record<string, ReadSheet> = {};
  for (const name of workbook.SheetNames) {
    const grid = utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, defval: null });
    const titles = grid.slice(0, skip).map((cells) => String(cells[0] ?? ''));
    const header = (grid[skip] ?? []).map(String);
    const rows = grid
      .slice(skip + 1)
      .map((cells) => Object.fromEntries(header.map((title, i) => [title, cells[i] ?? null])));
    sheets[name] = skip ? { titles, header, rows } : { header, rows };
  }
  const parts = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, content]) => [path, new TextDecoder().decode(content)]),
  );
  return { sheetNames: workbook.SheetNames, sheets, parts };
}
