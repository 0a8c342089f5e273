import type { Deps } from '../../deps';
import type { OrderRecord } from '../../ports/service';

/** The ledger entry of an order: one per order, so a retried confirmation credits the hours once. */
export function orderEntryId(orderId: string): string {
  return `order:${orderId}`;
}

/** An order served and confirmed adds its service's standard time to the volunteer's hours. */
export async function creditOrderHours(deps: Deps, order: OrderRecord, recordedBy: string): Promise<void> {
  if (!order.claimantId || order.state !== 'confirmed') return;
  await deps.storage.hoursLedger.append({
    id: orderEntryId(order.id),
    volunteerUserId: order.claimantId,
    communityId: order.communityId,
    kind: 'order',
    minutes: order.standardMinutes,
    refId: order.id,
    note: order.itemName,
    evidence: '',
    recordedBy,
    at: order.closedAt ?? deps.clock.now(),
  });
}
