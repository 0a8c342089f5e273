import type { Deps } from '../../deps';
import type { OrderRecord } from '../../ports/service';
import { committeeMemberIds } from './committeeMembers';
import { notify } from './notify';

/** Orders escalated per timer run; the rest wait a minute (the function has 30 s in all). */
const BATCH = 100;

/**
 * 群众点单 nobody claimed within its service's response time goes up to the community's committee,
 * who may assign it: once per order, marked on the order (`escalatedAt`) so the lists show it red.
 * The committee is told first and the mark set after, so a run that dies in between tells again
 * next minute under the same dedupe key (nothing twice) and then sets the mark.
 */
export async function escalateUnclaimedOrders(deps: Deps): Promise<{ escalated: number }> {
  const now = deps.clock.now();
  const overdue = await deps.storage.orders.listOverdueForClaim(now, BATCH);
  let escalated = 0;
  for (const order of overdue) {
    await tellCommittee(deps, order, now);
    const marked = await deps.storage.orders.change(
      order.id,
      { from: ['placed'], notEscalated: true, patch: { escalatedAt: now } },
      now,
    );
    if (marked) escalated += 1;
  }
  return { escalated };
}

async function tellCommittee(deps: Deps, order: OrderRecord, now: number): Promise<void> {
  await notify(deps, {
    kind: 'order_overdue',
    userIds: await committeeMemberIds(deps, order.communityId),
    communityId: order.communityId,
    ref: { type: 'order', id: order.id },
    title: order.itemName,
    facts: { when: order.respondBy },
    dedupeKey: `order_overdue:${order.id}:${order.respondBy}`,
    at: now,
  });
}
