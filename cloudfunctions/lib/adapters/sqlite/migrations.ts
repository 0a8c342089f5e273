import type Database from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order inside one transaction each. The applied version
 * is kept in `PRAGMA user_version`. Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'matters, timeline, supports, follows, flags, comments, consultations',
    // Sized for 10,000 matters and 100,000 comments in one community: every list below is a
    // range scan of the index named beside it, never a scan or sort of the whole community.
    sql: `
      CREATE TABLE matters (
        id TEXT PRIMARY KEY,
        community_id TEXT NOT NULL,
        author_id TEXT NOT NULL,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL,
        grid_id TEXT,
        compound_id TEXT,
        photos_json TEXT NOT NULL,
        state TEXT NOT NULL,
        state_before_hidden TEXT,
        needs_review INTEGER NOT NULL CHECK (needs_review IN (0, 1)),
        rejection_reason TEXT NOT NULL,
        support_count INTEGER NOT NULL,
        comment_count INTEGER NOT NULL,
        follower_count INTEGER NOT NULL,
        flag_count INTEGER NOT NULL,
        pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
        merged_into_id TEXT,
        resolved_at INTEGER,
        rating_json TEXT,
        escalation_json TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL
      );
      -- list(sort newest) without a category, one range per state merged by UNION ALL;
      -- moderationQueue('pending') reads the pending_review range forwards (oldest first).
      CREATE INDEX matters_newest ON matters (community_id, state, created_at DESC, id DESC);
      -- list(sort active) without a category.
      CREATE INDEX matters_active ON matters (community_id, state, last_activity_at DESC, id DESC);
      -- list(sort supported) without a category.
      CREATE INDEX matters_supported ON matters (community_id, state, support_count DESC, id DESC);
      -- list(sort newest) within a category.
      CREATE INDEX matters_category_newest ON matters (community_id, category, state, created_at DESC, id DESC);
      -- list(sort active) within a category; recentInCategory.
      CREATE INDEX matters_category_active ON matters (community_id, category, state, last_activity_at DESC, id DESC);
      -- list(sort supported) within a category.
      CREATE INDEX matters_category_supported ON matters (community_id, category, state, support_count DESC, id DESC);
      -- list(pinned = true): the few pinned matters of a community, sorted after the range scan.
      CREATE INDEX matters_pinned ON matters (community_id, state, created_at DESC, id DESC) WHERE pinned = 1;
      -- moderationQueue('flagged'): only flagged, not yet hidden matters are in this index.
      CREATE INDEX matters_flagged ON matters (community_id, created_at, id) WHERE flag_count > 0 AND state <> 'hidden';
      -- listByUser('raised') and countByAuthorSince.
      CREATE INDEX matters_by_author ON matters (author_id, created_at DESC, id DESC);

      CREATE TABLE matter_timeline (
        id TEXT PRIMARY KEY,
        matter_id TEXT NOT NULL REFERENCES matters (id),
        at INTEGER NOT NULL,
        transition TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT NOT NULL,
        actor_id TEXT,
        actor_role TEXT NOT NULL,
        note TEXT NOT NULL
      );
      -- timeline(matterId), in time order.
      CREATE INDEX matter_timeline_by_matter ON matter_timeline (matter_id, at, id);

      -- The primary keys make "one per resident per matter" a constraint, not a check-then-insert.
      -- They also serve relationOf, supporterIds / followerIds and moveRelations.
      CREATE TABLE matter_supports (
        matter_id TEXT NOT NULL REFERENCES matters (id),
        user_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (matter_id, user_id)
      ) WITHOUT ROWID;
      -- listByUser('supported').
      CREATE INDEX matter_supports_by_user ON matter_supports (user_id, at DESC, matter_id DESC);

      CREATE TABLE matter_follows (
        matter_id TEXT NOT NULL REFERENCES matters (id),
        user_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (matter_id, user_id)
      ) WITHOUT ROWID;
      -- listByUser('following').
      CREATE INDEX matter_follows_by_user ON matter_follows (user_id, at DESC, matter_id DESC);

      CREATE TABLE matter_flags (
        matter_id TEXT NOT NULL REFERENCES matters (id),
        user_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (matter_id, user_id)
      ) WITHOUT ROWID;

      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        matter_id TEXT NOT NULL REFERENCES matters (id),
        community_id TEXT NOT NULL,
        author_id TEXT NOT NULL,
        parent_id TEXT,
        body TEXT NOT NULL,
        official INTEGER NOT NULL CHECK (official IN (0, 1)),
        state TEXT NOT NULL CHECK (state IN ('visible', 'pending_review', 'hidden')),
        flag_count INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      -- listThreads: top-level comments (parent_id IS NULL) of a matter oldest first, then the
      -- replies of one page's threads (parent_id IN page).
      CREATE INDEX comments_threads ON comments (matter_id, parent_id, created_at, id);
      -- countByAuthorSince.
      CREATE INDEX comments_by_author ON comments (author_id, created_at);
      -- moderationQueue('pending').
      CREATE INDEX comments_pending ON comments (community_id, created_at, id) WHERE state = 'pending_review';
      -- moderationQueue('flagged').
      CREATE INDEX comments_flagged ON comments (community_id, created_at, id) WHERE flag_count > 0 AND state <> 'hidden';

      CREATE TABLE comment_flags (
        comment_id TEXT NOT NULL REFERENCES comments (id),
        user_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (comment_id, user_id)
      ) WITHOUT ROWID;

      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        matter_id TEXT NOT NULL REFERENCES matters (id),
        community_id TEXT NOT NULL,
        scheduled_at INTEGER NOT NULL,
        place TEXT NOT NULL,
        agenda TEXT NOT NULL,
        minutes TEXT NOT NULL,
        actions_json TEXT NOT NULL,
        outcome TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      -- findByMatter: the latest consultation of a matter.
      CREATE INDEX consultations_by_matter ON consultations (matter_id, created_at DESC, id DESC);

      -- Invited residents, departments and cadres, in the order given; the primary key loads them.
      CREATE TABLE consultation_participants (
        consultation_id TEXT NOT NULL REFERENCES consultations (id),
        kind TEXT NOT NULL CHECK (kind IN ('resident', 'department', 'cadre')),
        position INTEGER NOT NULL,
        ref TEXT NOT NULL,
        PRIMARY KEY (consultation_id, kind, position)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'community review setting, building of a matter',
    sql: `
      -- 1: new matters wait for the committee's review; 0: they are published at once.
      ALTER TABLE communities ADD COLUMN review_matters_first INTEGER NOT NULL DEFAULT 1;
      -- The building or door the matter is about; an address, so shown only to author and committee.
      ALTER TABLE matters ADD COLUMN building TEXT NOT NULL DEFAULT '';
      -- moderationQueue('flagged') includes items hidden by 3 flags: they wait for review too.
      DROP INDEX matters_flagged;
      CREATE INDEX matters_flagged ON matters (community_id, created_at, id) WHERE flag_count > 0;
      DROP INDEX comments_flagged;
      CREATE INDEX comments_flagged ON comments (community_id, created_at, id) WHERE flag_count > 0;
    `,
  },
  {
    version: 4,
    name: 'image check trace ids',
    sql: `
      -- Which photo an asynchronous image check (mediaCheckAsync) is about; looked up by trace id.
      CREATE TABLE photo_checks (
        trace_id TEXT PRIMARY KEY,
        matter_id TEXT NOT NULL,
        file_id TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: '民意5来听: slots, bookings, visit records, visit day moves',
    // A community publishes a few slots per visit day and each takes a handful of bookings, but
    // bookings and records pile up over the years: every list below is a range scan of the index
    // named beside it.
    sql: `
      -- The CHECK is the last line of defence for "no slot is ever over capacity": a seat is taken
      -- by a conditional UPDATE inside the booking transaction, and this refuses anything else.
      CREATE TABLE slots (
        id TEXT PRIMARY KEY,
        community_id TEXT NOT NULL,
        cadre_id TEXT NOT NULL,
        date TEXT NOT NULL,
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        mode TEXT NOT NULL,
        place TEXT NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity >= 0),
        seats_taken INTEGER NOT NULL CHECK (seats_taken >= 0 AND seats_taken <= capacity),
        state TEXT NOT NULL CHECK (state IN ('open', 'cancelled')),
        cancel_reason TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      -- slots.listByDay: a community's day in (start, id) order.
      CREATE INDEX slots_by_community_day ON slots (community_id, date, start, id);
      -- slots.listByCadreDay: a cadre's day in (start, id) order.
      CREATE INDEX slots_by_cadre_day ON slots (cadre_id, date, start, id);
      -- slots.lastDayBefore: the cadre's days in one community, read backwards from a date.
      CREATE INDEX slots_by_cadre_community ON slots (cadre_id, community_id, date);

      CREATE TABLE bookings (
        id TEXT PRIMARY KEY,
        slot_id TEXT NOT NULL REFERENCES slots (id),
        community_id TEXT NOT NULL,
        resident_id TEXT,
        walk_in_name TEXT NOT NULL,
        date TEXT NOT NULL,
        topic TEXT NOT NULL,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('booked', 'waitlisted', 'attended', 'no_show', 'cancelled')),
        cancel_reason TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      -- One active booking per resident per visit day, as a constraint rather than a
      -- check-then-insert; walk-ins (no resident) are left out. bookings.book looks the
      -- resident's active booking up through it.
      CREATE UNIQUE INDEX bookings_one_active_per_day ON bookings (resident_id, date)
        WHERE state IN ('booked', 'waitlisted') AND resident_id IS NOT NULL;
      -- bookings.listBySlot (seat holders in (created_at, id) order).
      CREATE INDEX bookings_by_slot ON bookings (slot_id, created_at, id);
      -- The waitlist of a slot in order: its head for the promotion in bookings.cancel, and the
      -- tail of bookings.listBySlot.
      CREATE INDEX bookings_waitlist ON bookings (slot_id, created_at, id) WHERE state = 'waitlisted';
      -- bookings.listByResident, upcoming (forwards) and past (backwards).
      CREATE INDEX bookings_by_resident ON bookings (resident_id, date, id);
      -- bookings.listBookedOnDay: only booked bookings are in this index.
      CREATE INDEX bookings_booked_by_day ON bookings (date) WHERE state = 'booked';

      -- The follow-up is kept in columns (all NULL when there is none) so open follow-ups can be
      -- indexed. UNIQUE booking_id: one record per booking (NULLs, visits without one, never clash).
      CREATE TABLE visit_records (
        id TEXT PRIMARY KEY,
        booking_id TEXT UNIQUE,
        slot_id TEXT NOT NULL,
        cadre_id TEXT NOT NULL,
        community_id TEXT NOT NULL,
        resident_id TEXT,
        date TEXT NOT NULL,
        seen TEXT NOT NULL,
        heard TEXT NOT NULL,
        solved TEXT NOT NULL,
        suggested TEXT NOT NULL,
        photos_json TEXT NOT NULL,
        follow_up_due_date TEXT,
        follow_up_note TEXT,
        follow_up_state TEXT CHECK (follow_up_state IN ('open', 'closed')),
        follow_up_outcome TEXT,
        follow_up_closed_at INTEGER,
        matter_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      -- visitRecords.openFollowUps({ cadreId }): only open follow-ups are in this index.
      CREATE INDEX visit_records_open_by_cadre ON visit_records (cadre_id, follow_up_due_date, id)
        WHERE follow_up_state = 'open';
      -- visitRecords.openFollowUps({ communityIds }): one range per community, merged in order.
      CREATE INDEX visit_records_open_by_community ON visit_records (community_id, follow_up_due_date, id)
        WHERE follow_up_state = 'open';

      -- The primary key is "one move per community per original date", and serves
      -- visitDayMoves.listForCommunity by original date.
      CREATE TABLE visit_day_moves (
        community_id TEXT NOT NULL,
        original_date TEXT NOT NULL,
        moved_to TEXT NOT NULL,
        reason TEXT NOT NULL,
        moved_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (community_id, original_date)
      ) WITHOUT ROWID;
      -- visitDayMoves.listForCommunity by new date.
      CREATE INDEX visit_day_moves_by_moved_to ON visit_day_moves (community_id, moved_to);
    `,
  },
  {
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
  },
];

export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const to = db.pragma('user_version', { simple: true }) as number;
  return { from, to };
}
