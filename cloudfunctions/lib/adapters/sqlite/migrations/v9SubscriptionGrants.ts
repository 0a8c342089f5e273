import type { Migration } from './migration';

export const v9SubscriptionGrants: Migration = {
  version: 9,
  name: 'subscriptions: the grants counted, by the id their request derived',
  sql: `
    -- A grant with an id counts once (subscriptions.grant): the port promises it on both engines,
    -- though on SQLite a failed call rolls its grants back anyway.
    CREATE TABLE subscription_grants (
      user_id TEXT NOT NULL,
      template_id TEXT NOT NULL,
      grant_id TEXT NOT NULL,
      at INTEGER NOT NULL,
      PRIMARY KEY (user_id, template_id, grant_id)
    ) WITHOUT ROWID;
  `,
};
