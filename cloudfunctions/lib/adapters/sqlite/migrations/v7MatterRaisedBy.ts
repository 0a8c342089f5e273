import type { Migration } from './migration';

export const v7MatterRaisedBy: Migration = {
  version: 7,
  name: 'who raised a matter on behalf of its author',
  sql: `
    -- The cadre who raised the matter for the resident (from a visit record); NULL when the author
    -- raised it themselves. Shown wherever the matter is: "民情书记刘建国代居民提出".
    ALTER TABLE matters ADD COLUMN raised_by_id TEXT;
  `,
};
