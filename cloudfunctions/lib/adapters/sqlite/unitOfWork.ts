import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

/**
 * One call, one transaction. better-sqlite3 is synchronous but our repositories are async, so a
 * transaction may span awaits: calls therefore take turns (a queue), and a call already inside a
 * unit joins it instead of waiting for itself. The repositories' own db.transaction() blocks
 * become savepoints inside it. On any throw the whole call is rolled back: a refused call
 * changes nothing, and a change never lands without the notifications it caused.
 */
export function sqliteUnitOfWork(db: Database.Database) {
  // Each unit gets its own token. Async context outlives a unit (a timer set inside one still
  // carries its token), so "inside" means "carrying the token of the unit open right now".
  const context = new AsyncLocalStorage<symbol>();
  let open: symbol | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function runAlone<T>(work: () => Promise<T>): Promise<T> {
    const token = Symbol('unit of work');
    return context.run(token, async () => {
      db.exec('BEGIN IMMEDIATE');
      open = token;
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        open = null;
      }
    });
  }

  return function unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (open !== null && context.getStore() === open) return work();
    const turn = queue.then(
      () => runAlone(work),
      () => runAlone(work),
    );
    queue = turn.catch(() => undefined);
    return turn;
  };
}
