import { activityPhase, SIGN_IN_OPENS_BEFORE_MS, SIGN_OUT_CLOSES_AFTER_MS } from '@domain/service/activities';
import type { ActivityAction } from '@domain/service/activityViews';
import type { ActivityRecord, SignUpRecord } from '../../ports/activities';
import type { UserRecord } from '../../ports/storage';
import { isOrganiserOf } from './activityAccess';

export interface ActivityReader {
  user: UserRecord;
  /** Whether the reader is an approved volunteer of the activity's community. */
  volunteer: boolean;
}

/** Between 30 minutes before the start and the end: volunteers sign in. */
export function signInWindow(activity: ActivityRecord, now: number): boolean {
  return now >= activity.startAt - SIGN_IN_OPENS_BEFORE_MS && now < activity.endAt;
}

/** The code is shown from when signing in opens until signing out closes. */
export function codeWindow(activity: ActivityRecord, now: number): boolean {
  return now >= activity.startAt - SIGN_IN_OPENS_BEFORE_MS && now <= activity.endAt + SIGN_OUT_CLOSES_AFTER_MS;
}

/**
 * What the reader may do now, the same rules the commands check: the page shows only buttons
 * that will work.
 */
export function activityActions(
  reader: ActivityReader,
  activity: ActivityRecord,
  mine: SignUpRecord | null,
  now: number,
): ActivityAction[] {
  const phase = activityPhase(activity, now);
  const live = activity.state === 'published';
  const actions: ActivityAction[] = [];
  const signedUp = mine !== null && mine.state !== 'withdrawn';
  if (reader.volunteer && phase === 'open' && !signedUp) actions.push('signUp');
  if (phase === 'open' && signedUp) actions.push('withdraw');
  if (live && mine?.state === 'enrolled') {
    if (mine.signedInAt === null && signInWindow(activity, now)) actions.push('signIn');
    if (mine.signedInAt !== null && mine.signedOutAt === null && now <= activity.endAt + SIGN_OUT_CLOSES_AFTER_MS) {
      actions.push('signOut');
    }
  }
  if (isOrganiserOf(reader.user, activity)) {
    if (live && codeWindow(activity, now)) actions.push('showCode');
    actions.push('roster');
    if (live && now < activity.endAt) actions.push('cancel');
  }
  return actions;
}
