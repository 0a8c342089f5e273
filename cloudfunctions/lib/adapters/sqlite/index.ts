import Database from 'better-sqlite3';
import type { Storage } from '../../ports/storage';
import { sqliteAudit } from './audit';
import { sqliteIdempotency } from './idempotency';
import { migrate } from './migrations';
import { sqliteMattersStorage } from './mattersStorage';
import { sqliteNotificationsStorage } from './notificationsStorage';
import { sqlitePhotoChecks } from './photoChecks';
import { sqliteVisitsStorage } from './visitsStorage';
import { sqlitePlaces } from './places';
import { sqliteUnitOfWork } from './unitOfWork';
import { sqliteUsers } from './users';

export interface SqliteStorage extends Storage {
  /** The open database, for the host's own needs (backups, benchmarks); services never see it. */
  readonly db: Database.Database;
  readonly schemaVersion: number;
}

/** Opens (or creates) the embedded database at `file` (':memory:' for tests) and migrates it. */
export function openSqliteStorage(file: string): SqliteStorage {
  const db = new Database(file);
  // WAL lets the host read while a write is in progress; NORMAL sync is safe with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const { to } = migrate(db);
  return {
    db,
    schemaVersion: to,
    users: sqliteUsers(db),
    places: sqlitePlaces(db),
    audit: sqliteAudit(db),
    idempotency: sqliteIdempotency(db),
    ...sqliteMattersStorage(db),
    photoChecks: sqlitePhotoChecks(db),
    ...sqliteVisitsStorage(db),
    ...sqliteNotificationsStorage(db),
    unitOfWork: sqliteUnitOfWork(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
