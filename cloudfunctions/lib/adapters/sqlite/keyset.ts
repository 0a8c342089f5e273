import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';

/** `(time < ? OR (time = ? AND id < ?))`: the rows after a cursor in newest-first order. */
export function afterClause(timeColumn: string, idColumn: string, after: CursorPosition | null) {
  if (!after) return { sql: '1 = 1', params: [] as unknown[] };
  return {
    sql: `(${timeColumn} < ? OR (${timeColumn} = ? AND ${idColumn} < ?))`,
    params: [after.at, after.at, after.id] as unknown[],
  };
}

/** Rows were fetched with `limit + 1`: the extra one only tells that another page exists. */
export function toPage<T>(rows: T[], limit: number, positionOf: (item: T) => CursorPosition): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? positionOf(last) : null };
}
