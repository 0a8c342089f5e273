import type { Migration } from './migration';

export const v12HomeCounts: Migration = {
  version: 12,
  name: "consultations by community and time: the committee home's 今日协商",
  sql: `
    -- The committee's workbench lists the day's meetings of its community; without this index
    -- that read scanned every consultation of every community.
    CREATE INDEX consultations_by_community_time ON consultations (community_id, scheduled_at, id);
  `,
};
