import { AppError } from '@domain/errors';
import type { Deps } from '../../deps';
import type { ActivityRecord } from '../../ports/activities';
import type { UserRecord } from '../../ports/storage';
import { approvedVolunteer } from './volunteerAccess';

/** Whether the user belongs to the activity's community: a resident living there, staff serving it. */
export function belongsTo(user: UserRecord, activity: ActivityRecord): boolean {
  return user.role === 'resident'
    ? user.communityId === activity.communityId
    : user.communityIds.includes(activity.communityId);
}

export function isOrganiserOf(user: UserRecord, activity: ActivityRecord): boolean {
  return user.role === 'committee' && user.communityIds.includes(activity.communityId);
}

/** The activity, readable by its community only: NOT_FOUND when missing, OUTSIDE_COMMUNITY for another's. */
export async function activityFor(deps: Deps, user: UserRecord, activityId: string): Promise<ActivityRecord> {
  const activity = await deps.storage.activities.findById(activityId);
  if (!activity) throw new AppError('NOT_FOUND', '活动不存在');
  if (!belongsTo(user, activity)) throw new AppError('OUTSIDE_COMMUNITY');
  return activity;
}

/** The committee's own activity (its community's), for the organiser's actions. */
export async function organisedActivity(deps: Deps, user: UserRecord, activityId: string): Promise<ActivityRecord> {
  const activity = await activityFor(deps, user, activityId);
  if (!isOrganiserOf(user, activity)) throw new AppError('FORBIDDEN', '只有本社区居委会可以管理活动');
  return activity;
}

/** Signing up and attending are for approved volunteers of the activity's community. */
export async function assertVolunteerOf(deps: Deps, user: UserRecord, activity: ActivityRecord): Promise<void> {
  const volunteer = await approvedVolunteer(deps, user);
  if (!volunteer || volunteer.communityId !== activity.communityId) {
    throw new AppError('FORBIDDEN', '报到通过的志愿者才能报名志愿活动，请先在“我的”里报到');
  }
}
