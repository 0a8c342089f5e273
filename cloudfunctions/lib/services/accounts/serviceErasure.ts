import { beforeWorkStarts } from '@domain/service/orders';
import type { Deps } from '../../deps';
import type { OrderErasure } from '../../ports/personalData';
import type { OrderRecord } from '../../ports/service';
import { notifyOrderStep } from '../service/orderNotices';
import type { ServiceRecords } from './serviceRecords';

/** The reason an order is given back with when the volunteer who held it deletes their account. */
export const VOLUNTEER_DELETED_REASON = '志愿者已注销账号';

/**
 * 注销 and the service capability, step 1: work nobody has started yet does not wait for a person
 * who is gone. The resident's own orders still before work are cancelled (with `cancelReason`, as
 * their bookings are); orders they hold as a volunteer and have not finished (claimed, or in
 * progress: nobody could finish it for them) are given back, open for the other volunteers again
 * (and escalated to the committee by the timer when overdue), and the resident is told. Each
 * change is conditional on the state read, so a retry, or an order that moved on meanwhile,
 * changes nothing. Orders they finished wait for the resident's confirmation as before.
 */
export async function closeUnstartedOrders(
  deps: Deps,
  userId: string,
  records: ServiceRecords,
  cancelReason: string,
): Promise<void> {
  const { orders } = deps.storage;
  const now = deps.clock.now();
  for (const order of records.orders.filter((o) => beforeWorkStarts(o.state))) {
    const patch = { state: 'cancelled' as const, closedAt: now, reason: cancelReason };
    await orders.change(order.id, { from: ['placed', 'claimed'], patch }, now);
  }
  for (const order of records.servedOrders.filter((o) => o.state === 'claimed' || o.state === 'in_progress')) {
    const patch = {
      state: 'placed' as const,
      claimantId: null,
      claimedAt: null,
      startedAt: null,
      reason: VOLUNTEER_DELETED_REASON,
    };
    const reopened = await orders.change(order.id, { from: [order.state], claimantId: userId, patch }, now);
    // The resident (and who ordered for them) hears it is waiting for someone else; a retry finds
    // the order already open and tells nobody again.
    if (reopened) await notifyOrderStep(deps, 'release', reopened, userId);
  }
}

/**
 * Step 3: the orders placed by them or for them keep their item, state, times and rating (the
 * community's figures count them), and lose every word and contact of theirs: details, address,
 * phone, thanks, the last reason (unless it is the cancel of step 1, which says why the order
 * ended) and the name in a 代办 record (the consent note keeps its words, with their details
 * erased). Their 双报到 reports are removed; their hours ledger stays, the community's record.
 * Every write sets final values: a retry lands the same.
 */
export async function eraseServiceData(
  deps: Deps,
  userId: string,
  records: ServiceRecords,
  erase: (text: string) => string,
  cancelReason: string,
): Promise<void> {
  const { personalData } = deps.storage;
  const now = deps.clock.now();
  for (const order of records.orders) {
    await personalData.eraseOrder(order.id, orderErasure(order, erase, cancelReason), now);
  }
  await personalData.removeVolunteerReports(userId);
}

function orderErasure(order: OrderRecord, erase: (text: string) => string, cancelReason: string): OrderErasure {
  const cancelledByDeletion = beforeWorkStarts(order.state) || order.reason === cancelReason;
  const { onBehalf } = order;
  return {
    details: '',
    address: '',
    contactPhone: '',
    thanks: '',
    reason: cancelledByDeletion ? cancelReason : '',
    onBehalf: onBehalf ? { ...onBehalf, residentName: '', consent: erase(onBehalf.consent) } : null,
  };
}
