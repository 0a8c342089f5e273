import type { ActivityState, SignUpState } from '@domain/service/activities';
import type { ActivityRecord, SignUpRecord } from '../../ports/activities';

export interface ActivityRow {
  id: string;
  community_id: string;
  station_id: string | null;
  title: string;
  description: string;
  place: string;
  start_at: number;
  end_at: number;
  sign_up_closes_at: number;
  headcount: number;
  state: ActivityState;
  cancel_reason: string;
  organiser_id: string;
  secret: string;
  enrolled: number;
  waitlisted: number;
  created_at: number;
  updated_at: number;
}

export interface SignUpRow {
  activity_id: string;
  user_id: string;
  state: SignUpState;
  signed_up_at: number;
  signed_in_at: number | null;
  signed_out_at: number | null;
  credited_minutes: number | null;
  promoted_from: string | null;
  /** Filled by the queries that rank the waitlist. */
  position?: number | null;
}

export function toActivity(row: ActivityRow): ActivityRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    stationId: row.station_id,
    title: row.title,
    description: row.description,
    place: row.place,
    startAt: row.start_at,
    endAt: row.end_at,
    signUpClosesAt: row.sign_up_closes_at,
    headcount: row.headcount,
    state: row.state,
    cancelReason: row.cancel_reason,
    organiserId: row.organiser_id,
    secret: row.secret,
    enrolled: row.enrolled,
    waitlisted: row.waitlisted,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function activityParams(a: ActivityRecord): ActivityRow {
  return {
    id: a.id,
    community_id: a.communityId,
    station_id: a.stationId,
    title: a.title,
    description: a.description,
    place: a.place,
    start_at: a.startAt,
    end_at: a.endAt,
    sign_up_closes_at: a.signUpClosesAt,
    headcount: a.headcount,
    state: a.state,
    cancel_reason: a.cancelReason,
    organiser_id: a.organiserId,
    secret: a.secret,
    enrolled: a.enrolled,
    waitlisted: a.waitlisted,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

export const insertActivitySql = `INSERT INTO activities (id, community_id, station_id, title, description, place,
  start_at, end_at, sign_up_closes_at, headcount, state, cancel_reason, organiser_id, secret, enrolled, waitlisted,
  created_at, updated_at)
  VALUES (@id, @community_id, @station_id, @title, @description, @place, @start_at, @end_at, @sign_up_closes_at,
  @headcount, @state, @cancel_reason, @organiser_id, @secret, @enrolled, @waitlisted, @created_at, @updated_at)
  ON CONFLICT (id) DO NOTHING`;

export function toSignUp(row: SignUpRow): SignUpRecord {
  return {
    activityId: row.activity_id,
    userId: row.user_id,
    state: row.state,
    waitlistPosition: row.state === 'waitlisted' ? (row.position ?? null) : null,
    signedUpAt: row.signed_up_at,
    signedInAt: row.signed_in_at,
    signedOutAt: row.signed_out_at,
    creditedMinutes: row.credited_minutes,
  };
}

/**
 * Sign-ups with their place in line: the waiting ones ranked by (signed_up_at, user_id) among the
 * activity's waiting ones, the same order both engines promote in.
 */
export const signUpsRankedSql = `SELECT s.*, CASE WHEN s.state = 'waitlisted' THEN (
    SELECT COUNT(*) + 1 FROM activity_sign_ups w
    WHERE w.activity_id = s.activity_id AND w.state = 'waitlisted'
      AND (w.signed_up_at, w.user_id) < (s.signed_up_at, s.user_id)
  ) END AS position
  FROM activity_sign_ups s`;
