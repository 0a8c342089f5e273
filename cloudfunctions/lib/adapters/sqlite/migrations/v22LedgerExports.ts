import type { Migration } from './migration';

export const v22LedgerExports: Migration = {
  version: 22,
  name: 'ledger exports (台账): export jobs with their chunks of rows, and the indexes the ledgers are read by',
  sql: `
    CREATE TABLE export_jobs (
      id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
      step INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      -- The rest of the job (ledger, scope, period, cursor, file) is read and written whole.
      body_json TEXT NOT NULL
    );
    -- The timer's query: unfinished jobs, oldest first.
    CREATE INDEX export_jobs_unfinished ON export_jobs (created_at, id) WHERE state IN ('queued', 'running');
    CREATE TABLE export_chunks (
      job_id TEXT NOT NULL,
      step INTEGER NOT NULL,
      -- The rows (masked cells) and the cursor after them, as JSON.
      rows_json TEXT NOT NULL,
      PRIMARY KEY (job_id, step)
    );
    -- The ledgers read a community's rows of a period in order, a keyset page at a time.
    CREATE INDEX matters_by_community_created ON matters (community_id, created_at, id);
    CREATE INDEX visit_records_by_community_date ON visit_records (community_id, date, id);
    CREATE INDEX bookings_by_community_date ON bookings (community_id, date, id);
    CREATE INDEX hours_ledger_by_community_at ON hours_ledger (community_id, at, id);
  `,
};
