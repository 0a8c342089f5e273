import type { Migration } from './migration';

export const v4ImageChecks: Migration = {
  version: 4,
  name: 'image check trace ids',
  sql: `
    -- Which photo an asynchronous image check (mediaCheckAsync) is about; looked up by trace id.
    CREATE TABLE photo_checks (
      trace_id TEXT PRIMARY KEY,
      matter_id TEXT NOT NULL,
      file_id TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
  `,
};
