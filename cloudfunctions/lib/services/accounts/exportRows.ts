import { formatShanghai } from '@domain/time';
import type { Cell, Column, Sheet } from '../xlsx';

/**
 * One column of an export sheet: the record's field, its Chinese header, and the words for a
 * field holding one of a few fixed values (a state, a category), where the app has them.
 */
export interface Field<T> {
  key: keyof T & string;
  header: string;
  labels?: Readonly<Record<string, string>>;
  width?: number;
}

/** Fields holding an instant (UTC milliseconds): written as Beijing time, as the app shows them. */
const INSTANT = /(^at|At|^notBefore|Until)$/;

/**
 * A sheet with a row per record and a column per declared field. A field a record has and the
 * declaration lacks still gets a column (headed by its key): the export must never drop data
 * because a new field was not declared here (a test keeps every header declared).
 */
export function recordSheet<T extends object>(name: string, fields: readonly Field<T>[], records: readonly T[]): Sheet {
  const declared = new Set<string>(fields.map((field) => field.key));
  const undeclared = [...new Set(records.flatMap((record) => Object.keys(record)))].filter((key) => !declared.has(key));
  const all: readonly Field<T>[] = [
    ...fields,
    ...undeclared.map((key) => ({ key: key as keyof T & string, header: key })),
  ];
  const columns: Column[] = all.map((field) => ({ header: field.header, width: field.width ?? widthOf(field.header) }));
  const rows = records.map((record) =>
    all.map((field) => cellOf(field, (record as Record<string, unknown>)[field.key])),
  );
  return { name, columns, rows };
}

function cellOf<T>(field: Field<T>, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return INSTANT.test(field.key) ? formatShanghai(value, 'YYYY-MM-DD HH:mm:ss') : value;
  if (typeof value === 'string') return field.labels?.[value] ?? value;
  // Nested values (photos, a rating, an audit line's before and after) as JSON in their cell.
  return JSON.stringify(value);
}

/** Wide enough for the header (a CJK character is about two widths), at least a date's. */
function widthOf(header: string): number {
  return Math.max(20, Math.min(40, header.length * 2 + 4));
}
