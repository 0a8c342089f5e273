import type { Migration } from './migration';

export const v13Service: Migration = {
  version: 13,
  name: '群众点单 · 双报到: volunteers, teams, the service menu, 红帆驿站, service orders, the hours ledger',
  // Lists are keyset pages newest first: each is a range scan of the index named beside it.
  // Arrays and maps (categories, itemIds, walkMinutes, onBehalf) are JSON columns: they are read
  // with their row, never searched.
  sql: `
    -- One report per person per community: the id is communityId:userId.
    CREATE TABLE volunteers (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      community_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'returned')),
      name TEXT NOT NULL,
      party_member INTEGER NOT NULL CHECK (party_member IN (0, 1)),
      work_unit TEXT NOT NULL,
      skills TEXT NOT NULL,
      categories_json TEXT NOT NULL,
      availability TEXT NOT NULL,
      grid_id TEXT,
      team_id TEXT,
      station_id TEXT,
      return_reason TEXT NOT NULL,
      reported_at INTEGER NOT NULL,
      reviewed_at INTEGER,
      reviewed_by TEXT,
      updated_at INTEGER NOT NULL
    );
    -- volunteers.findByUsers, and a person's reports in every community (export, 注销).
    CREATE UNIQUE INDEX volunteers_by_user ON volunteers (user_id, community_id);
    -- volunteers.list of a community, newest report first.
    CREATE INDEX volunteers_by_community ON volunteers (community_id, reported_at, id);
    -- volunteers.list of a community in one state (待审核 first of all).
    CREATE INDEX volunteers_by_community_state ON volunteers (community_id, state, reported_at, id);

    CREATE TABLE volunteer_teams (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      name TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    -- serviceSetup.listTeams in (created_at, id) order.
    CREATE INDEX volunteer_teams_by_community ON volunteer_teams (community_id, created_at, id);

    CREATE TABLE service_items (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      name TEXT NOT NULL,
      description TEXT NOT NULL,
      category TEXT NOT NULL,
      taken_by TEXT NOT NULL CHECK (taken_by IN ('volunteer', 'team', 'station', 'committee')),
      taker_id TEXT,
      response_hours INTEGER NOT NULL,
      standard_minutes INTEGER NOT NULL,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      position INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- serviceSetup.listItems: the menu in its order.
    CREATE INDEX service_items_by_community ON service_items (community_id, position, id);

    CREATE TABLE stations (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      name TEXT NOT NULL,
      address TEXT NOT NULL,
      opening_hours TEXT NOT NULL,
      contact_phone TEXT NOT NULL,
      item_ids_json TEXT NOT NULL,
      walk_minutes_json TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- serviceSetup.listStations in id order.
    CREATE INDEX stations_by_community ON stations (community_id, id);

    -- The claim is a conditional UPDATE of one row (state and claimant), so of concurrent claims
    -- exactly one changes it; the CHECK refuses a claimed order without its claimant.
    CREATE TABLE service_orders (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      item_name TEXT NOT NULL,
      category TEXT NOT NULL,
      taken_by TEXT NOT NULL,
      taker_id TEXT,
      standard_minutes INTEGER NOT NULL,
      resident_id TEXT,
      on_behalf_json TEXT,
      details TEXT NOT NULL,
      wanted_date TEXT NOT NULL,
      wanted_period TEXT NOT NULL CHECK (wanted_period IN ('morning', 'afternoon', 'evening', 'any')),
      address TEXT NOT NULL,
      contact_phone TEXT NOT NULL,
      state TEXT NOT NULL
        CHECK (state IN ('placed', 'claimed', 'in_progress', 'done', 'confirmed', 'disputed', 'cancelled')),
      claimant_id TEXT,
      claimed_at INTEGER,
      started_at INTEGER,
      done_at INTEGER,
      closed_at INTEGER,
      rating INTEGER,
      thanks TEXT NOT NULL,
      reason TEXT NOT NULL,
      placed_at INTEGER NOT NULL,
      respond_by INTEGER NOT NULL,
      escalated_at INTEGER,
      updated_at INTEGER NOT NULL,
      CHECK (state NOT IN ('claimed', 'in_progress', 'done') OR claimant_id IS NOT NULL)
    );
    -- orders.list by community, resident or claimant: one range per state (every state when the
    -- query names none), merged newest first by UNION ALL; the other filters narrow each range.
    CREATE INDEX service_orders_by_community ON service_orders (community_id, state, placed_at, id);
    CREATE INDEX service_orders_by_resident ON service_orders (resident_id, state, placed_at, id);
    CREATE INDEX service_orders_by_claimant ON service_orders (claimant_id, state, placed_at, id)
      WHERE claimant_id IS NOT NULL;
    -- orders.listOverdueForClaim: only placed, unescalated orders are in it, longest overdue first.
    CREATE INDEX service_orders_awaiting_claim ON service_orders (respond_by, id)
      WHERE state = 'placed' AND escalated_at IS NULL;

    -- Append-only: corrections are new entries. The triggers refuse a delete and any change of
    -- what an entry counts (who, how many minutes, what for, when); only the free texts (note,
    -- evidence) may still be cleared, should 注销 ever need to.
    CREATE TABLE hours_ledger (
      id TEXT PRIMARY KEY,
      volunteer_user_id TEXT NOT NULL,
      community_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('order', 'activity', 'honour', 'correction')),
      minutes INTEGER NOT NULL,
      ref_id TEXT,
      note TEXT NOT NULL,
      evidence TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      at INTEGER NOT NULL
    );
    -- hoursLedger.list newest first; hoursLedger.totals sums one range per volunteer.
    CREATE INDEX hours_ledger_by_volunteer ON hours_ledger (volunteer_user_id, at, id);
    CREATE TRIGGER hours_ledger_no_delete BEFORE DELETE ON hours_ledger
    BEGIN
      SELECT RAISE(ABORT, 'hours_ledger is append-only');
    END;
    CREATE TRIGGER hours_ledger_no_change
    BEFORE UPDATE OF id, volunteer_user_id, community_id, kind, minutes, ref_id, recorded_by, at ON hours_ledger
    BEGIN
      SELECT RAISE(ABORT, 'hours_ledger is append-only');
    END;
  `,
};
