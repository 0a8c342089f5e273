import type { Migration } from './migration';

export const v19MatterStats: Migration = {
  version: 19,
  name: '居民说事 figures: the matters of a community changed since a time',
  // matterStats reads the matters of the scope's communities updated since the period began (every
  // timeline entry bumps updated_at), then their timelines by matter_timeline_by_matter: a range
  // per community instead of a scan of every matter.
  sql: `
    CREATE INDEX matters_by_community_updated ON matters (community_id, updated_at);
  `,
};
