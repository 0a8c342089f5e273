import type { Migration } from './migration';

export const v14Activities: Migration = {
  version: 14,
  name: '志愿活动: activities and their sign-ups (seats, waitlist, sign-in and sign-out)',
  // A sign-up, a withdrawal and its promotion are one transaction each: SQLite runs one writer at
  // a time, so counting the enrolled and taking a seat cannot interleave with another sign-up.
  sql: `
    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      station_id TEXT,
      title TEXT NOT NULL,
      description TEXT NOT NULL,
      place TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      sign_up_closes_at INTEGER NOT NULL,
      headcount INTEGER NOT NULL CHECK (headcount > 0),
      state TEXT NOT NULL CHECK (state IN ('published', 'cancelled')),
      cancel_reason TEXT NOT NULL,
      organiser_id TEXT NOT NULL,
      -- The key of the rotating sign-in code: read by the services only, never shown.
      secret TEXT NOT NULL,
      enrolled INTEGER NOT NULL CHECK (enrolled >= 0 AND enrolled <= headcount),
      waitlisted INTEGER NOT NULL CHECK (waitlisted >= 0),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- activities.list of a community (upcoming soonest first, past newest first).
    CREATE INDEX activities_by_community ON activities (community_id, start_at, id);
    -- activities.list of one station.
    CREATE INDEX activities_by_station ON activities (station_id, start_at, id) WHERE station_id IS NOT NULL;
    -- activities.startingBetween (the reminders).
    CREATE INDEX activities_by_start ON activities (start_at, id) WHERE state = 'published';

    CREATE TABLE activity_sign_ups (
      activity_id TEXT NOT NULL,
      user_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('enrolled', 'waitlisted', 'withdrawn')),
      signed_up_at INTEGER NOT NULL,
      signed_in_at INTEGER,
      signed_out_at INTEGER,
      credited_minutes INTEGER,
      -- Whom this one's seat came from when a withdrawal promoted it off the waitlist.
      promoted_from TEXT,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (activity_id, user_id),
      CHECK (signed_out_at IS NULL OR signed_in_at IS NOT NULL)
    );
    -- The waitlist in order, and the roster.
    CREATE INDEX activity_sign_ups_in_line ON activity_sign_ups (activity_id, state, signed_up_at, user_id);
    -- A person's sign-ups (the page's "my sign-up", export, 注销).
    CREATE INDEX activity_sign_ups_by_user ON activity_sign_ups (user_id, activity_id);
  `,
};
