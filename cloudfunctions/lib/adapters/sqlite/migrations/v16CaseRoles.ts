import type { Migration } from './migration';

export const v16CaseRoles: Migration = {
  version: 16,
  name: 'case roles: a user’s grids and body, departments and property companies',
  sql: `
    -- The scope of the case roles (docs/adr/0013): a grid worker's grids, and the street,
    -- department or property company the other three act for. Existing users have neither.
    ALTER TABLE users ADD COLUMN grid_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE users ADD COLUMN org_id TEXT;
    -- "The people of this body" (whom a case routed to it notifies) is an index scan.
    CREATE INDEX users_by_org ON users (org_id, role) WHERE org_id IS NOT NULL;

    CREATE TABLE departments (id TEXT PRIMARY KEY, name TEXT NOT NULL, district_id TEXT NOT NULL);
    -- compound_ids: a JSON array; a company manages a handful of compounds, read with the directory.
    CREATE TABLE property_companies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      district_id TEXT,
      compound_ids TEXT NOT NULL
    );
  `,
};
