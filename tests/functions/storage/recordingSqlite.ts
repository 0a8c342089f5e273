import Database from 'better-sqlite3';
import { migrate } from '../../../cloudfunctions/lib/adapters/sqlite/migrations';

/**
 * A migrated in-memory database whose every prepared statement is remembered: the adapters'
 * query-plan tests build their repositories on it, then explain each statement it saw.
 */
export function recordingSqlite(): { db: Database.Database; statements: Set<string> } {
  const db = new Database(':memory:');
  migrate(db);
  const statements = new Set<string>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    statements.add(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  return { db, statements };
}
