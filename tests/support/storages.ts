import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { snapshot as sqliteSnapshot } from './sqliteSnapshot';

/**
 * The storage engines service tests run on: the embedded SQLite adapter and the production
 * CloudBase adapter (its real queries through @cloudbase/database, evaluated in memory).
 */
export type EngineName = 'sqlite' | 'cloudbase';

/** Both engines, for `describe.each(engines)('… on %s', (engine) => …)`. */
export const engines: EngineName[] = ['sqlite', 'cloudbase'];

/** A storage and a snapshot of everything it holds, to prove that a call changed nothing. */
export interface InspectableStorage {
  storage: Storage;
  snapshot(): unknown;
}

/** A new, empty storage on the engine, with its snapshot: SQLite's tables, the in-memory CloudBase's collections. */
export async function openEngine(engine: EngineName): Promise<InspectableStorage> {
  if (engine === 'sqlite') {
    const storage = openSqliteStorage(':memory:');
    return { storage, snapshot: () => sqliteSnapshot(storage.db) };
  }
  // Loaded only when asked for: mingo ships ES modules to the jsdom environment (page and weapp
  // tests), which run on SQLite only.
  const { freshMemoryDb, inspectMemoryDb } = await import('../../tools/cloudbase-local/memory/cloudbaseMemory');
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const server = inspectMemoryDb(db);
  return { storage: createCloudbaseStorage(db), snapshot: () => server.snapshot() };
}
