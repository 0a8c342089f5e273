import type { NotificationKind } from '@domain/notifications/kinds';
import type { Deps } from '../../deps';
import type { ActivityRecord } from '../../ports/activities';
import { notify } from '../notifications/notify';

/**
 * Tells volunteers about an activity. `occasion` makes the dedupe key: the same occasion (a
 * retried call, a timer firing twice) never notifies twice.
 */
export async function notifyActivity(
  deps: Deps,
  activity: ActivityRecord,
  kind: NotificationKind,
  userIds: readonly string[],
  occasion: string,
  reason?: string,
): Promise<void> {
  await notify(deps, {
    kind,
    userIds: [...userIds],
    communityId: activity.communityId,
    ref: { type: 'activity', id: activity.id },
    title: activity.title,
    facts: { when: activity.startAt, place: activity.place, ...(reason ? { reason } : {}) },
    dedupeKey: `${kind}:${activity.id}:${occasion}`,
    at: deps.clock.now(),
    // A reminder or a seat of an activity that has begun is only noise on WeChat.
    ...(kind === 'activity_cancelled' ? {} : { expiresAt: activity.startAt }),
  });
}
