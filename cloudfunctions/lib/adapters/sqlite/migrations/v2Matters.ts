import type { Migration } from './migration';

export const v2Matters: Migration = {
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
};
