import type { Migration } from './migration';

/** Open = still somebody's work (src/domain/casework/states.ts); the unique index below says it once. */
export const OPEN_CASE_STATES_SQL = `('dispatched', 'accepted', 'returned', 'long_term', 'handled')`;

export const v17Cases: Migration = {
  version: 17,
  name: '街呼区应: cases (案卷), one per dispatch of a matter, at most one open per matter',
  // The holder is two columns (the inbox and the department filter read them); the steps' records
  // (override, extension, 挂账, feedback, verification) are JSON columns read with the case.
  sql: `
    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      matter_id TEXT NOT NULL,
      community_id TEXT NOT NULL,
      street_id TEXT NOT NULL,
      grid_id TEXT,
      compound_id TEXT,
      category TEXT NOT NULL,
      holder_kind TEXT NOT NULL CHECK (holder_kind IN ('grid', 'property', 'department', 'street')),
      holder_id TEXT NOT NULL,
      sla_class TEXT NOT NULL CHECK (sla_class IN ('urgent', 'utilities', 'general', 'complex')),
      state TEXT NOT NULL CHECK (state IN ${OPEN_CASE_STATES_SQL.slice(0, -1)}, 'verified', 'withdrawn')),
      dispatched_at INTEGER NOT NULL,
      due_at INTEGER NOT NULL CHECK (due_at > dispatched_at),
      dispatched_by TEXT NOT NULL,
      override_json TEXT,
      accepted_at INTEGER,
      accepted_by TEXT,
      return_reason TEXT NOT NULL,
      extension_json TEXT,
      long_term_json TEXT,
      feedback_json TEXT,
      -- Who gave the feedback, kept apart: the verification's condition (never the handler) reads it.
      handled_by TEXT GENERATED ALWAYS AS (json_extract(feedback_json, '$.by')) VIRTUAL,
      verification_json TEXT,
      withdraw_reason TEXT NOT NULL,
      previous_case_id TEXT,
      next_reminder_at INTEGER,
      updated_at INTEGER NOT NULL,
      CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
    );
    -- At most one open case per matter: of two concurrent dispatches the second insert is refused.
    CREATE UNIQUE INDEX cases_one_open_per_matter ON cases (matter_id) WHERE state IN ${OPEN_CASE_STATES_SQL};
    -- listForMatter (oldest first).
    CREATE INDEX cases_by_matter ON cases (matter_id, dispatched_at, id);
    -- listOpen of a street (merging the per-state ranges), optionally of one holder kind.
    CREATE INDEX cases_by_street ON cases (street_id, state, due_at, id);
    -- listOpen of one community.
    CREATE INDEX cases_by_community ON cases (community_id, state, due_at, id);
    -- listForHolder, and listOpen of one body.
    CREATE INDEX cases_by_holder ON cases (holder_kind, holder_id, state, due_at, id);
    -- listReminderDue (the timer).
    CREATE INDEX cases_reminders ON cases (state, next_reminder_at, id) WHERE next_reminder_at IS NOT NULL;
  `,
};
