import type Database from 'better-sqlite3';
import type { CursorPosition } from '@domain/pagination';

/**
 * Prepared statements by SQL text. Lists build their SQL from the query's shape (how many
 * states, which filters), so the same few shapes recur; preparing each once keeps them cheap.
 */
export function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return function prepared<Row = unknown>(sql: string): Database.Statement<unknown[], Row> {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  };
}

export type StatementCache = ReturnType<typeof statementCache>;

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

/** SQLite has no boolean: 0 and 1 in INTEGER columns with a CHECK. */
export function bit(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function jsonOrNull(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

export function parseJsonOrNull<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
