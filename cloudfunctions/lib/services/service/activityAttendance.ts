import { AppError } from '@domain/errors';
import { assertSignInOpen, assertSignOutOpen } from '@domain/service/activities';
import { creditMinutes, MIN_COVERAGE } from '@domain/service/hours';
import { formatShanghai } from '@domain/time';
import type { Deps } from '../../deps';
import type { ActivityRecord, SignUpRecord } from '../../ports/activities';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { activityFor, assertVolunteerOf } from './activityAccess';
import { assertCodeAccepted } from './activityCodes';
import { activityAnswer, readerOf } from './activityViews';

/** One ledger entry per volunteer and activity: a retried sign-out credits once. */
export function activityEntryId(activityId: string, userId: string): string {
  return `activity:${activityId}:${userId}`;
}

function enrolledSignUp(signUp: SignUpRecord | null): SignUpRecord {
  if (signUp?.state !== 'enrolled') {
    throw new AppError('FORBIDDEN', signUp?.state === 'waitlisted' ? '您还在候补，不能签到' : '您没有报名这场活动');
  }
  return signUp;
}

/** Signing in with the code on the organiser's phone, from 30 minutes before the start until the end. */
export async function signInActivity(ctx: ActionContext, input: { activityId: string; code: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await activityFor(deps, user, input.activityId);
  await assertVolunteerOf(deps, user, found);
  const mine = enrolledSignUp(await deps.storage.activities.findSignUp(found.id, user.id));
  const now = deps.clock.now();
  // Signed in already (a retry, a second tap): answered as it stands, the code no longer matters.
  if (mine.signedInAt === null) {
    assertSignInOpen(found, now);
    assertCodeAccepted(found.secret, input.code, now);
    if (!(await deps.storage.activities.signIn(found.id, user.id, now))) {
      throw new AppError('CONFLICT', '签到没有成功，请刷新后再试');
    }
  }
  return activityAnswer(deps, await readerOf(deps, user), found);
}

function ledgerNote(activity: ActivityRecord, signUp: SignUpRecord): string {
  const title = `志愿活动「${activity.title}」`;
  if ((signUp.creditedMinutes ?? 0) > 0) return title;
  const span = `签到${formatShanghai(signUp.signedInAt!, 'HH:mm')}，签退${formatShanghai(signUp.signedOutAt!, 'HH:mm')}`;
  return `${title}：在场时间不足活动时长的${MIN_COVERAGE * 100}%（${span}），本次不计时长`;
}

/** The sign-out's minutes to the ledger, under one id per volunteer and activity (a retry appends nothing). */
async function creditActivity(deps: Deps, activity: ActivityRecord, signUp: SignUpRecord): Promise<void> {
  await deps.storage.hoursLedger.append({
    id: activityEntryId(activity.id, signUp.userId),
    volunteerUserId: signUp.userId,
    communityId: activity.communityId,
    kind: 'activity',
    minutes: signUp.creditedMinutes ?? 0,
    refId: activity.id,
    note: ledgerNote(activity, signUp),
    evidence: '',
    recordedBy: signUp.userId,
    at: signUp.signedOutAt!,
  });
}

/**
 * Signing out with the code: the span inside the activity is credited if it covers at least 60%
 * of it (else 0, and the ledger's note says why). Signed out already: the entry is made sure of
 * and the sign-out answered as it stands.
 */
export async function signOutActivity(ctx: ActionContext, input: { activityId: string; code: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await activityFor(deps, user, input.activityId);
  await assertVolunteerOf(deps, user, found);
  let mine = enrolledSignUp(await deps.storage.activities.findSignUp(found.id, user.id));
  if (mine.signedOutAt === null) {
    const now = deps.clock.now();
    if (mine.signedInAt === null) throw new AppError('INVALID_STATE', '请先签到再签退');
    assertSignOutOpen(found, now);
    assertCodeAccepted(found.secret, input.code, now);
    const minutes = creditMinutes({
      activityStart: found.startAt,
      activityEnd: found.endAt,
      signedInAt: mine.signedInAt,
      signedOutAt: now,
    });
    const stored = await deps.storage.activities.signOut(found.id, user.id, now, minutes);
    if (!stored) throw new AppError('CONFLICT', '签退没有成功，请刷新后再试');
    mine = stored;
  }
  await creditActivity(deps, found, mine);
  return activityAnswer(deps, await readerOf(deps, user), found);
}
