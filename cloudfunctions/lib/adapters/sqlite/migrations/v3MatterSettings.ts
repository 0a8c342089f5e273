import type { Migration } from './migration';

export const v3MatterSettings: Migration = {
  version: 3,
  name: 'community review setting, building of a matter',
  sql: `
    -- 1: new matters wait for the committee's review; 0: they are published at once.
    ALTER TABLE communities ADD COLUMN review_matters_first INTEGER NOT NULL DEFAULT 1;
    -- The building or door the matter is about; an address, so shown only to author and committee.
    ALTER TABLE matters ADD COLUMN building TEXT NOT NULL DEFAULT '';
    -- moderationQueue('flagged') includes items hidden by 3 flags: they wait for review too.
    DROP INDEX matters_flagged;
    CREATE INDEX matters_flagged ON matters (community_id, created_at, id) WHERE flag_count > 0;
    DROP INDEX comments_flagged;
    CREATE INDEX comments_flagged ON comments (community_id, created_at, id) WHERE flag_count > 0;
  `,
};
