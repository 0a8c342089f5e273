import type { Deps } from '../../deps';
import type { VolunteerRecord } from '../../ports/service';
import { notify } from '../notifications/notify';

/** Tells the resident how the committee answered their 双报到 (and why, when it was returned). */
export async function notifyReview(deps: Deps, record: VolunteerRecord): Promise<void> {
  if (record.state === 'pending') return;
  const kind = record.state === 'approved' ? 'volunteer_approved' : 'volunteer_returned';
  await notify(deps, {
    kind,
    userIds: [record.userId],
    communityId: record.communityId,
    ref: { type: 'volunteer', id: record.id },
    title: record.partyMember ? '党员双报到' : '志愿者报到',
    facts: record.state === 'returned' ? { reason: record.returnReason } : {},
    // One review per report version: a report sent again and reviewed again is news again.
    dedupeKey: `${kind}:${record.id}:${record.reviewedAt ?? record.updatedAt}`,
    at: deps.clock.now(),
  });
}
