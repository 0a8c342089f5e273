/**
 * Reads back a CSV we wrote (RFC 4180: quoted fields, doubled quotes, CRLF), after its byte-order
 * mark: rows of text cells. Strict on purpose: a quote left open is an error, not a guess.
 */
export function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no UTF-8 byte-order mark: Excel would misread the Chinese');
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const char = body[i];
    const next = body[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i += 2;
      continue;
    }
    if (quoted) {
      if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (cell !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}
