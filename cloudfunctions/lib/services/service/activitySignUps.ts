import { AppError } from '@domain/errors';
import { assertSignUpOpen } from '@domain/service/activities';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { activityFor, assertVolunteerOf } from './activityAccess';
import { notifyActivity } from './activityNotices';
import { activityAnswer, readerOf } from './activityViews';

/**
 * An approved volunteer of the community signs up: a seat while one is left, else the waitlist.
 * Signing up again while signed up answers the same sign-up (and its notice is not repeated).
 */
export async function signUpActivity(ctx: ActionContext, input: { activityId: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await activityFor(deps, user, input.activityId);
  await assertVolunteerOf(deps, user, found);
  assertSignUpOpen(found, deps.clock.now());
  const signUp = await deps.storage.activities.signUp(found.id, user.id, deps.clock.now());
  if (!signUp) throw new AppError('INVALID_STATE', '活动已取消');
  const kind = signUp.state === 'enrolled' ? 'activity_signed_up' : 'activity_waitlisted';
  await notifyActivity(deps, found, kind, [user.id], `${user.id}:${signUp.signedUpAt}`);
  const stored = (await deps.storage.activities.findById(found.id))!;
  return activityAnswer(deps, await readerOf(deps, user), stored);
}

/** Withdrawing before the deadline; the first waiting volunteer gets the seat and is told. */
export async function withdrawActivity(ctx: ActionContext, input: { activityId: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await activityFor(deps, user, input.activityId);
  const mine = await deps.storage.activities.findSignUp(found.id, user.id);
  if (!mine) throw new AppError('INVALID_STATE', '您没有报名这场活动');
  // Withdrawn already: only the retry of the withdrawal that did it goes on, to finish telling whom
  // it promoted (past the deadline too).
  if (mine.state === 'withdrawn' && !ctx.earlierAttempt) throw new AppError('INVALID_STATE', '您已取消报名');
  if (mine.state !== 'withdrawn') assertSignUpOpen(found, deps.clock.now());
  const result = (await deps.storage.activities.withdraw(found.id, user.id, deps.clock.now()))!;
  if (result.promoted) {
    await notifyActivity(
      deps,
      found,
      'activity_promoted',
      [result.promoted],
      `${result.promoted}:from:${user.id}:${result.signUp.signedUpAt}`,
    );
  }
  const stored = (await deps.storage.activities.findById(found.id))!;
  return activityAnswer(deps, await readerOf(deps, user), stored);
}
