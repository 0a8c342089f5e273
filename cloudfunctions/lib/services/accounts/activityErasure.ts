import type { Deps } from '../../deps';
import type { SignUpRecord } from '../../ports/activities';
import { notifyActivity } from '../service/activityNotices';

/**
 * 注销 and 志愿活动, with step 1: a seat of an activity not begun yet is not kept for a person who
 * is gone. Their sign-ups are withdrawn (the first in line gets the seat and is told, as with any
 * withdrawal); what they attended stays, as their hours ledger does (the community's record).
 * Withdrawing is idempotent, so a retry after a failure half way changes nothing more.
 */
export async function withdrawFromActivities(deps: Deps, userId: string, signUps: readonly SignUpRecord[]) {
  const now = deps.clock.now();
  for (const signUp of signUps.filter((s) => s.state !== 'withdrawn')) {
    const activity = await deps.storage.activities.findById(signUp.activityId);
    if (!activity || activity.state !== 'published' || activity.startAt <= now) continue;
    const result = await deps.storage.activities.withdraw(activity.id, userId, now);
    if (result?.promoted) {
      const occasion = `${result.promoted}:from:${userId}:${result.signUp.signedUpAt}`;
      await notifyActivity(deps, activity, 'activity_promoted', [result.promoted], occasion);
    }
  }
}
