import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { freshMemoryDb } from './cloudbaseMemory';

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
