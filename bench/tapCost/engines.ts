import type Database from 'better-sqlite3';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { freshMemoryDb, inspectMemoryDb } from '../../tools/cloudbase-local/memory/cloudbaseMemory';

/** A storage to run the flows on, and the number of database round trips it has made so far. */
export interface CountedStorage {
  storage: Storage;
  /** CloudBase: requests the database received. SQLite: prepared-statement executions. */
  requests(): number;
  /** CloudBase: each request received so far, as `operation collection` (SQLite: none). */
  described(): string[];
}

/**
 * CloudBase over the in-memory requester. Every query the adapter builds (get, add, update,
 * where().update(), remove, count, and any aggregate or transaction step, which the memory server
 * refuses rather than fakes) reaches the server as one request, and the server records each one:
 * that record is the count.
 */
export async function countedCloudbase(): Promise<CountedStorage> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const server = inspectMemoryDb(db);
  return {
    storage: createCloudbaseStorage(db),
    requests: () => server.requests.length,
    described: () => server.requests.map((r) => `${r.action.replace(/^database\./, '')} ${r.collectionName ?? ''}`),
  };
}

/** SQLite in memory: every run, get, all and iterate of a prepared statement counts once. */
export function countedSqlite(): CountedStorage {
  const storage = openSqliteStorage(':memory:');
  countStatements(storage.db);
  return { storage, requests: () => executions.get(storage.db) ?? 0, described: () => [] };
}

const executions = new WeakMap<Database.Database, number>();
const countedMethods = ['run', 'get', 'all', 'iterate'] as const;
const COUNTING = Symbol('tapCostCounting');

/**
 * The adapter prepares its statements lazily and caches them, some before the bench starts
 * counting, so the count sits on the Statement prototype (shared by every statement that
 * Database#prepare returns) rather than on the statements: one place, none missed. Each execution
 * is charged to the statement's own database.
 */
function countStatements(db: Database.Database): void {
  executions.set(db, 0);
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<PropertyKey, unknown>;
  if (prototype[COUNTING]) return;
  prototype[COUNTING] = true;
  for (const method of countedMethods) {
    const original = prototype[method] as (this: Database.Statement, ...args: unknown[]) => unknown;
    prototype[method] = function counted(this: Database.Statement, ...args: unknown[]) {
      executions.set(this.database, (executions.get(this.database) ?? 0) + 1);
      return original.apply(this, args);
    };
  }
}
