import type { ActivityRecord, SignUpRecord } from '../../ports/activities';
import type { StoredDocument } from './database';

/**
 * How 志愿活动 sit in CloudBase. The activity document holds its seats: `holders.<userId>` for each
 * enrolled volunteer (when they signed up, and whom their seat came from), `waiting.<userId>` for
 * each one on the waitlist (when they signed up: the line's order, ties by user id), the counts
 * and `remaining` free seats. Every sign-up step is one conditional update of that one document
 * (docs/adr/0011-seat-holders-on-the-slot.md), so concurrent sign-ups never pass the headcount and
 * a retried step finds its own holder. The sign-up documents (`<activityId>:<userId>`) keep the
 * sign-in and sign-out; who is enrolled or waiting is read from the activity document only.
 */
export interface SeatHolder {
  at: number;
  /** `free`, or the volunteer whose withdrawal handed the seat on. */
  from: string;
}

export const FREE = 'free';

export interface ActivityDocument extends StoredDocument {
  holders: Record<string, SeatHolder>;
  waiting: Record<string, number>;
  remaining: number;
}

export interface SignUpDocument extends StoredDocument {
  activityId: string;
  userId: string;
  signedUpAt: number;
  signedInAt: number | null;
  signedOutAt: number | null;
  creditedMinutes: number | null;
}

export function signUpIdOf(activityId: string, userId: string): string {
  return `${activityId}:${userId}`;
}

/** The field path of one user in `holders` or `waiting`; an id with a dot or `$` would split the path. */
export function memberPath(map: 'holders' | 'waiting', userId: string): string {
  if (!/^[\w-]+$/.test(userId)) throw new RangeError(`activities: unusable user id ${JSON.stringify(userId)}`);
  return `${map}.${userId}`;
}

export function toActivityDocument(activity: ActivityRecord): ActivityDocument {
  const { id, ...fields } = activity;
  return { _id: id, ...fields, holders: {}, waiting: {}, remaining: activity.headcount - activity.enrolled };
}

export function toActivityRecord(stored: StoredDocument): ActivityRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { _id, holders, waiting, remaining, ...fields } = stored;
  return { id: _id, ...fields } as unknown as ActivityRecord;
}

/** The waiting user ids in line order: by when they signed up, then by id. */
export function lineOf(activity: ActivityDocument): string[] {
  return Object.entries(activity.waiting ?? {})
    .sort(([a, at], [b, bt]) => at - bt || (a < b ? -1 : a > b ? 1 : 0))
    .map(([userId]) => userId);
}

export function isMember(activity: ActivityDocument, userId: string): boolean {
  return Boolean(activity.holders?.[userId]) || activity.waiting?.[userId] !== undefined;
}

/** The user's sign-up as the activity document and their sign-up document tell it, or null. */
export function signUpFrom(
  activity: ActivityDocument,
  userId: string,
  stored: SignUpDocument | null,
  line: readonly string[] = lineOf(activity),
): SignUpRecord | null {
  const holder = activity.holders?.[userId];
  const waitingSince = activity.waiting?.[userId];
  if (!holder && waitingSince === undefined && !stored) return null;
  const state = holder ? 'enrolled' : waitingSince !== undefined ? 'waitlisted' : 'withdrawn';
  return {
    activityId: activity._id,
    userId,
    state,
    waitlistPosition: state === 'waitlisted' ? line.indexOf(userId) + 1 : null,
    signedUpAt: holder?.at ?? waitingSince ?? stored!.signedUpAt,
    signedInAt: stored?.signedInAt ?? null,
    signedOutAt: stored?.signedOutAt ?? null,
    creditedMinutes: stored?.creditedMinutes ?? null,
  };
}
