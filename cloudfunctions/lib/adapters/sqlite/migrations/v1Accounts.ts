import type { Migration } from './migration';

export const v1Accounts: Migration = {
  version: 1,
  name: 'users, places, audit, idempotency',
  sql: `
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      openid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      community_ids TEXT NOT NULL,
      community_id TEXT,
      grid_id TEXT,
      compound_id TEXT,
      building TEXT NOT NULL,
      phone TEXT NOT NULL,
      elder_mode TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX users_by_created ON users (created_at DESC, id DESC);
    CREATE INDEX users_by_role ON users (role, created_at DESC, id DESC);

    -- One row per community a user acts in, so "users of a community" is an index scan.
    CREATE TABLE user_communities (
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      community_id TEXT NOT NULL,
      role TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (user_id, community_id)
    );
    CREATE INDEX user_communities_by_community ON user_communities (community_id, created_at DESC, user_id DESC);
    CREATE INDEX user_communities_by_community_role ON user_communities (community_id, role, created_at DESC, user_id DESC);

    CREATE TABLE districts (id TEXT PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE streets (id TEXT PRIMARY KEY, name TEXT NOT NULL, district_id TEXT NOT NULL);
    CREATE TABLE communities (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      street_id TEXT NOT NULL,
      office_address TEXT NOT NULL,
      office_phone TEXT NOT NULL
    );
    CREATE TABLE grids (id TEXT PRIMARY KEY, name TEXT NOT NULL, community_id TEXT NOT NULL);
    CREATE TABLE compounds (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      community_id TEXT NOT NULL,
      grid_id TEXT NOT NULL
    );

    CREATE TABLE audit_log (
      id TEXT PRIMARY KEY,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      action TEXT NOT NULL,
      target_type TEXT NOT NULL,
      target_id TEXT NOT NULL,
      community_id TEXT,
      before_json TEXT,
      after_json TEXT,
      at INTEGER NOT NULL
    );
    CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
    CREATE INDEX audit_log_by_community ON audit_log (community_id, at DESC, id DESC);

    CREATE TABLE idempotency (
      key TEXT PRIMARY KEY,
      fingerprint TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'completed')),
      response_json TEXT,
      claimed_at INTEGER NOT NULL,
      completed_at INTEGER
    );
  `,
};
