import type { Migration } from './migration';

export const v6Notifications: Migration = {
  version: 6,
  name: 'notifications: inbox, outbox, digest gates, consent credits, timer marks',
  sql: `
    -- 我的 > 消息. The id is derived from (user, dedupe key), so a repeated event is a no-op.
    CREATE TABLE inbox (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      ref_type TEXT NOT NULL,
      ref_id TEXT NOT NULL,
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      read_at INTEGER
    );
    CREATE INDEX inbox_by_user ON inbox (user_id, created_at, id);
    CREATE INDEX inbox_unread ON inbox (user_id) WHERE read_at IS NULL;

    -- WeChat subscribe messages waiting, sent, skipped or failed. Written with the change that
    -- caused them; dispatchers take rows by a conditional UPDATE on status (and lease).
    CREATE TABLE outbox (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      community_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      template_key TEXT NOT NULL,
      template_id TEXT NOT NULL,
      page TEXT NOT NULL,
      data_json TEXT NOT NULL,
      values_json TEXT NOT NULL,
      digest_key TEXT,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed', 'merged')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      not_before INTEGER NOT NULL,
      expires_at INTEGER,
      claim_token TEXT,
      claimed_until INTEGER,
      last_error TEXT NOT NULL DEFAULT '',
      merged_into TEXT,
      credit_taken INTEGER NOT NULL DEFAULT 0 CHECK (credit_taken IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      sent_at INTEGER
    );
    -- outbox.due: what is waiting, and claims whose lease ran out (a dispatcher that died).
    CREATE INDEX outbox_pending ON outbox (not_before, id) WHERE status = 'pending';
    CREATE INDEX outbox_sending ON outbox (claimed_until, id) WHERE status = 'sending';
    CREATE INDEX outbox_by_user ON outbox (user_id, created_at, id);
    CREATE INDEX outbox_failed ON outbox (community_id, updated_at, id) WHERE status = 'failed';
    -- outbox.newerInDigest.
    CREATE INDEX outbox_by_digest ON outbox (digest_key, created_at, id) WHERE digest_key IS NOT NULL;

    -- The hourly digest gate: who last went out under a key, and when.
    CREATE TABLE digests (
      key TEXT PRIMARY KEY,
      row_id TEXT NOT NULL,
      last_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- One accept in WeChat's consent dialog = one message we may send with that template.
    CREATE TABLE subscriptions (
      user_id TEXT NOT NULL,
      template_id TEXT NOT NULL,
      credits INTEGER NOT NULL CHECK (credits >= 0),
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (user_id, template_id)
    ) WITHOUT ROWID;

    CREATE TABLE job_runs (
      job TEXT PRIMARY KEY,
      last_run INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- matters.listEscalated and visitRecords.openFollowUpsDueBy (the timers).
    CREATE INDEX matters_escalated ON matters (id) WHERE state = 'escalated';
    CREATE INDEX matters_resolved ON matters (resolved_at, id) WHERE state = 'resolved';
    -- idempotency.purgeCompletedBefore (the daily clean-up).
    CREATE INDEX idempotency_completed ON idempotency (completed_at) WHERE status = 'completed';
    CREATE INDEX visit_records_open_due ON visit_records (follow_up_due_date, id) WHERE follow_up_state = 'open';
  `,
};
