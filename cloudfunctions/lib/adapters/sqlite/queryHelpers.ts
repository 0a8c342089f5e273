import type Database from 'better-sqlite3';

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
