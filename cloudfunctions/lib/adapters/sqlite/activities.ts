import type Database from 'better-sqlite3';
import type { ActivityListQuery, ActivityRecord, ActivityRepository, SignUpRecord } from '../../ports/activities';
import { MAX_ROSTER } from '../../ports/activities';
import type { Page } from '../../ports/storage';
import {
  activityParams,
  insertActivitySql,
  signUpsRankedSql,
  toActivity,
  toSignUp,
  type ActivityRow,
  type SignUpRow,
} from './activityRows';
import { rowsAfter, toPage } from './keyset';
import { statementCache } from './queryHelpers';

const ROSTER_ORDER = `ORDER BY CASE s.state WHEN 'enrolled' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
  s.signed_up_at, s.user_id`;

/**
 * 志愿活动 on SQLite. Every sign-up step is one transaction (SQLite runs one writer at a time):
 * counting the seats, writing the sign-up and moving the activity's counts cannot interleave with
 * another sign-up, so the enrolled never pass the headcount.
 */
export function sqliteActivities(db: Database.Database): ActivityRepository {
  const prepared = statementCache(db);
  const insert = db.prepare(insertActivitySql);
  const byId = db.prepare<[string], ActivityRow>('SELECT * FROM activities WHERE id = ?');
  const signUpOf = db.prepare<[string, string], SignUpRow>(
    `${signUpsRankedSql} WHERE s.activity_id = ? AND s.user_id = ?`,
  );
  const firstInLine = db.prepare<[string], SignUpRow>(
    `SELECT * FROM activity_sign_ups WHERE activity_id = ? AND state = 'waitlisted'
     ORDER BY signed_up_at, user_id LIMIT 1`,
  );
  const promotedBy = db.prepare<[string, string], { user_id: string }>(
    'SELECT user_id FROM activity_sign_ups WHERE activity_id = ? AND promoted_from = ? LIMIT 1',
  );
  const upsertSignUp = db.prepare(
    `INSERT INTO activity_sign_ups (activity_id, user_id, state, signed_up_at, updated_at)
     VALUES (@activityId, @userId, @state, @now, @now)
     ON CONFLICT (activity_id, user_id) DO UPDATE SET state = @state, signed_up_at = @now,
       signed_in_at = NULL, signed_out_at = NULL, credited_minutes = NULL, promoted_from = NULL, updated_at = @now`,
  );
  const setState = db.prepare(
    `UPDATE activity_sign_ups SET state = @state, promoted_from = @from, updated_at = @now
     WHERE activity_id = @activityId AND user_id = @userId`,
  );
  const moveCounts = db.prepare(
    `UPDATE activities SET enrolled = enrolled + @enrolled, waitlisted = waitlisted + @waitlisted, updated_at = @now
     WHERE id = @id`,
  );

  const find = (id: string) => {
    const row = byId.get(id);
    return row ? toActivity(row) : null;
  };
  const findSignUp = (activityId: string, userId: string): SignUpRecord | null => {
    const row = signUpOf.get(activityId, userId);
    return row ? toSignUp(row) : null;
  };

  const signUpTx = db.transaction((activityId: string, userId: string, now: number) => {
    const activity = find(activityId);
    if (!activity || activity.state !== 'published') return null;
    const existing = findSignUp(activityId, userId);
    if (existing && existing.state !== 'withdrawn') return existing;
    const state = activity.enrolled < activity.headcount ? 'enrolled' : 'waitlisted';
    upsertSignUp.run({ activityId, userId, state, now });
    moveCounts.run({
      id: activityId,
      enrolled: state === 'enrolled' ? 1 : 0,
      waitlisted: state === 'enrolled' ? 0 : 1,
      now,
    });
    return findSignUp(activityId, userId);
  });

  const withdrawTx = db.transaction((activityId: string, userId: string, now: number) => {
    const existing = findSignUp(activityId, userId);
    if (!existing) return null;
    if (existing.state === 'withdrawn') {
      return { signUp: existing, promoted: promotedBy.get(activityId, userId)?.user_id ?? null };
    }
    setState.run({ activityId, userId, state: 'withdrawn', from: null, now });
    let promoted: string | null = null;
    if (existing.state === 'enrolled') {
      const next = firstInLine.get(activityId);
      if (next) {
        setState.run({ activityId, userId: next.user_id, state: 'enrolled', from: userId, now });
        promoted = next.user_id;
        moveCounts.run({ id: activityId, enrolled: 0, waitlisted: -1, now });
      } else moveCounts.run({ id: activityId, enrolled: -1, waitlisted: 0, now });
    } else moveCounts.run({ id: activityId, enrolled: 0, waitlisted: -1, now });
    return { signUp: findSignUp(activityId, userId)!, promoted };
  });

  const cancelSql = db.prepare(
    "UPDATE activities SET state = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ? AND state = 'published'",
  );
  const signInSql = db.prepare(
    `UPDATE activity_sign_ups SET signed_in_at = @now, updated_at = @now
     WHERE activity_id = @activityId AND user_id = @userId AND state = 'enrolled' AND signed_in_at IS NULL`,
  );
  const signOutSql = db.prepare(
    `UPDATE activity_sign_ups SET signed_out_at = @now, credited_minutes = @minutes, updated_at = @now
     WHERE activity_id = @activityId AND user_id = @userId AND state = 'enrolled'
       AND signed_in_at IS NOT NULL AND signed_out_at IS NULL`,
  );

  return {
    async create(activity) {
      insert.run(activityParams(activity));
      return find(activity.id)!;
    },
    async findById(id) {
      return find(id);
    },
    async list(query) {
      return listActivities(prepared, query);
    },
    async cancel(id, reason, now) {
      cancelSql.run(reason, now, id);
      return find(id);
    },
    async signUp(activityId, userId, now) {
      return signUpTx(activityId, userId, now);
    },
    async withdraw(activityId, userId, now) {
      return withdrawTx(activityId, userId, now);
    },
    async signIn(activityId, userId, now) {
      signInSql.run({ activityId, userId, now });
      const stored = findSignUp(activityId, userId);
      return stored?.state === 'enrolled' && stored.signedInAt !== null ? stored : null;
    },
    async signOut(activityId, userId, now, minutes) {
      signOutSql.run({ activityId, userId, now, minutes });
      const stored = findSignUp(activityId, userId);
      return stored?.state === 'enrolled' && stored.signedOutAt !== null ? stored : null;
    },
    async findSignUp(activityId, userId) {
      return findSignUp(activityId, userId);
    },
    async roster(activityId) {
      return prepared<SignUpRow>(`${signUpsRankedSql} WHERE s.activity_id = ? ${ROSTER_ORDER} LIMIT ?`)
        .all(activityId, MAX_ROSTER)
        .map(toSignUp);
    },
    async signUpsOf(userId, activityIds) {
      const ids = [...new Set(activityIds)];
      if (ids.length === 0) return [];
      return prepared<SignUpRow>(
        `${signUpsRankedSql} WHERE s.user_id = ? AND s.activity_id IN (SELECT value FROM json_each(?))`,
      )
        .all(userId, JSON.stringify(ids))
        .map(toSignUp);
    },
    async signUpsOfUser(userId) {
      return prepared<SignUpRow>(`${signUpsRankedSql} WHERE s.user_id = ? ORDER BY s.signed_up_at, s.activity_id`)
        .all(userId)
        .map(toSignUp);
    },
    async startingBetween(from, to, limit) {
      if (limit <= 0) return [];
      return prepared<ActivityRow>(
        `SELECT * FROM activities INDEXED BY activities_by_start
         WHERE state = 'published' AND start_at >= ? AND start_at < ? ORDER BY start_at, id LIMIT ?`,
      )
        .all(from, to, limit)
        .map(toActivity);
    },
  };
}

/** Upcoming: published and not ended, soonest first. Past: ended or cancelled, newest start first. */
function listActivities(prepared: ReturnType<typeof statementCache>, query: ActivityListQuery): Page<ActivityRecord> {
  if (query.limit <= 0) return { items: [], next: null };
  const upcoming = query.when === 'upcoming';
  const after = rowsAfter('start_at', 'id', upcoming ? 'oldest' : 'newest', query.after);
  const scope =
    query.stationId !== undefined
      ? 'station_id = @stationId AND community_id = @communityId'
      : 'community_id = @communityId';
  const when = upcoming ? "state = 'published' AND end_at > @now" : "(state = 'cancelled' OR end_at <= @now)";
  const direction = upcoming ? 'ASC' : 'DESC';
  const rows = prepared<ActivityRow>(
    `SELECT * FROM activities WHERE ${scope} AND ${when} AND ${after.sql}
     ORDER BY start_at ${direction}, id ${direction} LIMIT @limit`,
  ).all({
    communityId: query.communityId,
    ...(query.stationId !== undefined ? { stationId: query.stationId } : {}),
    now: query.now,
    ...after.params,
    limit: query.limit + 1,
  });
  return toPage(rows.map(toActivity), query.limit, (a) => ({ at: a.startAt, id: a.id }));
}
