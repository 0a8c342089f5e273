import type { Migration } from './migration';

export const v18Routing: Migration = {
  version: 18,
  name: "街呼区应: each street's routing table (category x place -> body) and SLA class per category",
  // A street's table is tens of rules, read whole by every dispatch: the primary keys serve it.
  sql: `
    CREATE TABLE routing_rules (
      street_id TEXT NOT NULL,
      id TEXT NOT NULL,
      category TEXT NOT NULL,
      place_kind TEXT CHECK (place_kind IN ('community', 'grid', 'compound')),
      place_id TEXT,
      holder_kind TEXT NOT NULL CHECK (holder_kind IN ('grid', 'property', 'department', 'street')),
      holder_id TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (street_id, id),
      CHECK ((place_kind IS NULL) = (place_id IS NULL))
    );
    CREATE TABLE routing_sla_classes (
      street_id TEXT NOT NULL,
      category TEXT NOT NULL,
      sla_class TEXT NOT NULL CHECK (sla_class IN ('urgent', 'utilities', 'general', 'complex')),
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (street_id, category)
    );
  `,
};
