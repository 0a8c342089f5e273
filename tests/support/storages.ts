import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { freshMemoryDb, inspectMemoryDb } from './cloudbaseMemory';
import { snapshot as sqliteSnapshot } from './sqliteSnapshot';

/**
 * The storage engines service tests run on: the embedded SQLite adapter and the production
 * CloudBase adapter (its real queries through @cloudbase/database, evaluated in memory).
 */
export const storageEngines: [string, () => Promise<Storage>][] = [
  ['sqlite', async () => openSqliteStorage(':memory:')],
  [
    'cloudbase',
    async () => {
      const db = freshMemoryDb();
      await ensureCloudbaseCollections(db);
      return createCloudbaseStorage(db);
    },
  ],
];

/** A storage and a snapshot of everything it holds, to prove that a call changed nothing. */
export interface InspectableStorage {
  storage: Storage;
  snapshot(): unknown;
}

/** Both engines again, each with its snapshot: SQLite's tables, the in-memory CloudBase's collections. */
export const inspectableEngines: [string, () => Promise<InspectableStorage>][] = [
  [
    'sqlite',
    async () => {
      const storage = openSqliteStorage(':memory:');
      return { storage, snapshot: () => sqliteSnapshot(storage.db) };
    },
  ],
  [
    'cloudbase',
    async () => {
      const db = freshMemoryDb();
      await ensureCloudbaseCollections(db);
      const server = inspectMemoryDb(db);
      return { storage: createCloudbaseStorage(db), snapshot: () => server.snapshot() };
    },
  ],
];
