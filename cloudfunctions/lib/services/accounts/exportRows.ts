import { formatShanghai } from '@domain/time';
import type { Cell, Column, Sheet } from '../xlsx';

/**
 * How a field of a record is shown: its Chinese header, or the header with the words for a field
 * holding one of a few fixed values (a state, a category) where the app has them, and a width.
 */
export type FieldSpec = string | { header: string; labels?: Readonly<Record<string, string>>; width?: number };

/** A header for every field of the record, in column order. */
export type Fields<T> = { readonly [K in keyof T & string]: FieldSpec };

interface Field {
  key: string;
  header: string;
  labels?: Readonly<Record<string, string>>;
  width?: number;
}

/** Fields holding an instant (UTC milliseconds): written as Beijing time, as the app shows them. */
const INSTANT = /(^at|At|^notBefore|Until|^respondBy)$/;

/**
 * A sheet with a row per record and a column per declared field. A field a record has and the
 * declaration lacks (Fields<T> makes the types name them all, but a stored row may carry more)
 * still gets a column headed by its key: the export never drops data (a test keeps every header
 * Chinese).
 */
export function recordSheet<T extends object>(name: string, spec: Fields<T>, records: readonly T[]): Sheet {
  const fields: Field[] = Object.entries<FieldSpec>(spec).map(([key, field]) =>
    typeof field === 'string' ? { key, header: field } : { key, ...field },
  );
  const declared = new Set(fields.map((field) => field.key));
  const undeclared = [...new Set(records.flatMap((record) => Object.keys(record)))].filter((key) => !declared.has(key));
  const all = [...fields, ...undeclared.map((key) => ({ key, header: key }) as Field)];
  const columns: Column[] = all.map((field) => ({ header: field.header, width: field.width ?? widthOf(field.header) }));
  const rows = records.map((record) =>
    all.map((field) => cellOf(field, (record as Record<string, unknown>)[field.key])),
  );
  return { name, columns, rows };
}

function cellOf(field: Field, value: unknown): Cell {
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
