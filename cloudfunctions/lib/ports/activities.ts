import type { CursorPosition } from '@domain/pagination';
import type { ActivityState, SignUpState } from '@domain/service/activities';
import type { Page } from './storage';

/**
 * Storage of 志愿活动: the activities a committee publishes and the volunteers' sign-ups. A
 * sign-up, a withdrawal, a sign-in and a sign-out are each one atomic step on both engines: of
 * concurrent sign-ups never more than the headcount are enrolled, the rest wait in order, and a
 * retried step converges to what one clean call leaves.
 */

export interface ActivityRecord {
  id: string;
  communityId: string;
  /** The 红帆驿站 it is held for, or null for the committee's own. */
  stationId: string | null;
  title: string;
  description: string;
  place: string;
  startAt: number;
  endAt: number;
  signUpClosesAt: number;
  headcount: number;
  state: ActivityState;
  cancelReason: string;
  /** The committee member who published it. */
  organiserId: string;
  /** Server-only: the key of the rotating sign-in code. Never put in a view. */
  secret: string;
  /** Counts kept by the repository with every sign-up and withdrawal. */
  enrolled: number;
  waitlisted: number;
  createdAt: number;
  updatedAt: number;
}

export interface SignUpRecord {
  activityId: string;
  userId: string;
  state: SignUpState;
  /** 1 for the first in line; null unless waitlisted. Waiting order is (signedUpAt, userId). */
  waitlistPosition: number | null;
  /** When the current sign-up was made (a new one after a withdrawal starts again at the back). */
  signedUpAt: number;
  signedInAt: number | null;
  signedOutAt: number | null;
  creditedMinutes: number | null;
}

export interface ActivityListQuery {
  communityId: string;
  stationId?: string;
  /** `upcoming`: published, not ended at `now`, soonest first; `past`: ended or cancelled, newest start first. */
  when: 'upcoming' | 'past';
  now: number;
  /** Keyset on (startAt, id). */
  after: CursorPosition | null;
  limit: number;
}

export interface WithdrawResult {
  signUp: SignUpRecord;
  /** The waiting volunteer moved into the freed seat by this withdrawal (or its first attempt), else null. */
  promoted: string | null;
}

/** The most sign-ups one roster returns: the headcount's cap and a long waitlist. */
export const MAX_ROSTER = 500;

export interface ActivityRepository {
  /** Stores a new activity unless one with its id exists (a retried publish); returns the stored one. */
  create(activity: ActivityRecord): Promise<ActivityRecord>;
  findById(id: string): Promise<ActivityRecord | null>;
  list(query: ActivityListQuery): Promise<Page<ActivityRecord>>;
  /** Published -> cancelled with the reason; a cancelled one is returned as stored (a retry); null when missing. */
  cancel(id: string, reason: string, now: number): Promise<ActivityRecord | null>;
  /**
   * Enrolled while a seat is left, else waitlisted at the back; one atomic step. Signing up again
   * while enrolled or waitlisted returns the existing sign-up; a withdrawn one signs up anew.
   * Null when the activity is missing or not published.
   */
  signUp(activityId: string, userId: string, now: number): Promise<SignUpRecord | null>;
  /**
   * Leaves the seat or the waitlist; a freed seat goes to the first waiting volunteer in the same
   * atomic step. Withdrawing again returns the withdrawn sign-up (and whom the first attempt
   * promoted). Null when there is no sign-up.
   */
  withdraw(activityId: string, userId: string, now: number): Promise<WithdrawResult | null>;
  /** Enrolled and not signed in yet -> signed in at `now`. Signed in already: returned as stored. Null otherwise. */
  signIn(activityId: string, userId: string, now: number): Promise<SignUpRecord | null>;
  /**
   * Signed in and not out yet -> signed out at `now` with the credited minutes. Signed out already:
   * returned as stored (the first sign-out's minutes stand). Null otherwise.
   */
  signOut(activityId: string, userId: string, now: number, creditedMinutes: number): Promise<SignUpRecord | null>;
  findSignUp(activityId: string, userId: string): Promise<SignUpRecord | null>;
  /** Every sign-up of the activity (at most MAX_ROSTER): enrolled, then waitlisted in order, then withdrawn. */
  roster(activityId: string): Promise<SignUpRecord[]>;
  /** The user's sign-ups among these activities (a page's worth), in one read. */
  signUpsOf(userId: string, activityIds: readonly string[]): Promise<SignUpRecord[]>;
  /** Every sign-up a user has (export, 注销), oldest first. */
  signUpsOfUser(userId: string): Promise<SignUpRecord[]>;
  /** Published activities starting in [from, to), soonest first, at most `limit` (the reminders' batch). */
  startingBetween(from: number, to: number, limit: number): Promise<ActivityRecord[]>;
}
