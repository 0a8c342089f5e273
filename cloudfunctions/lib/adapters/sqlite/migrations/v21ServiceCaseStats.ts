import type { Migration } from './migration';

export const v21ServiceCaseStats: Migration = {
  version: 21,
  name: "Issue 16's figures of 志愿服务 and 街呼区应: a period's range of orders, hours, cases in a community",
  // Each figure is a range scan of one community's rows in the period (the lists' indexes lead
  // with the state, which the figures do not pin). The ledger's index covers what it sums.
  sql: `
    CREATE INDEX service_orders_by_community_placed ON service_orders (community_id, placed_at);
    CREATE INDEX hours_ledger_by_community ON hours_ledger (community_id, at, volunteer_user_id, minutes);
    CREATE INDEX cases_by_community_dispatched ON cases (community_id, dispatched_at);
  `,
};
