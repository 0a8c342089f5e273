import type { Migration } from './migration';

export const v15OrderRetention: Migration = {
  version: 15,
  name: 'service orders by closing time: the nightly erasure of closed orders’ contacts',
  sql: `
    -- Housekeeping erases the address and phone of orders closed 90 days ago; without this index
    -- it scanned every order every night.
    CREATE INDEX service_orders_closed ON service_orders (closed_at) WHERE closed_at IS NOT NULL;
  `,
};
