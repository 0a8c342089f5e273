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
  const inside = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();

  async function runAlone<T>(work: () => Promise<T>): Promise<T> {
    return inside.run(true, async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  return function unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (inside.getStore()) return work();
    const turn = queue.then(
      () => runAlone(work),
      () => runAlone(work),
    );
    queue = turn.catch(() => undefined);
    return turn;
  };
}
