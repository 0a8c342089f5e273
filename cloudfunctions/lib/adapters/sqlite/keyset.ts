import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';

/**
 * The rows after a cursor, as a row-value comparison `(at, id) < (@afterAt, @afterId)`
 * (`>` for oldest-first). SQLite bounds the index range on both columns with it, where the
 * `a < ? OR (a = ? AND id < ?)` form of keyset.ts only bounds the first.
 */
export function rowsAfter(
  atColumn: string,
  idColumn: string,
  order: 'newest' | 'oldest',
  after: CursorPosition | null,
): { sql: string; params: { afterAt?: number; afterId?: string } } {
  if (!after) return { sql: '1 = 1', params: {} };
  const comparison = order === 'newest' ? '<' : '>';
  return {
    sql: `(${atColumn}, ${idColumn}) ${comparison} (@afterAt, @afterId)`,
    params: { afterAt: after.at, afterId: after.id },
  };
}

/** Rows were fetched with `limit + 1`: the extra one only tells that another page exists. */
export function toPage<T>(rows: T[], limit: number, positionOf: (item: T) => CursorPosition): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? positionOf(last) : null };
}
