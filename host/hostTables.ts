import type Database from 'better-sqlite3';

/**
 * The host's own tables, beside the functions' tables in the same SQLite file (one file to back
 * up, one WAL). They are not in the storage migrations on purpose: sessions stand in for WeChat's
 * login and the upload ledger for CloudBase cloud storage, so neither engine of the `Storage` port
 * has or needs them. Created idempotently on every start; a change to them gets a new table name.
 */
export function ensureHostTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS host_sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      openid TEXT NOT NULL,
      mode TEXT NOT NULL,
      role TEXT NOT NULL,
      issued_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS host_sessions_by_user ON host_sessions (user_id);
    CREATE TABLE IF NOT EXISTS host_uploads (
      file_id TEXT PRIMARY KEY,
      uploader_id TEXT NOT NULL,
      content_type TEXT NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      bytes INTEGER NOT NULL,
      uploaded_at INTEGER NOT NULL
    );
    -- Data exports (account.exportMyData) waiting to be fetched by their owner: host/exportFiles.ts.
    CREATE TABLE IF NOT EXISTS host_exports (
      name TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      file_name TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
  `);
}
