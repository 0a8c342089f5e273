import { AppError } from '@domain/errors';
import { isOverdueForClaim, orderTransitions, type OrderAction, type OrderActor } from '@domain/service/orders';
import type { OrderRecord, VolunteerRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';
import { mayTake } from './volunteerAccess';

/** How the reader stands to an order: what they may see and which steps they may take. */
export interface OrderReader {
  user: UserRecord;
  /** The reader's approved volunteer record in the order's community, if any. */
  volunteer: VolunteerRecord | null;
}

/** The order's resident, or the staff member who ordered for them (红色代办). */
export function speaksForResident(user: UserRecord, order: OrderRecord): boolean {
  return order.residentId === user.id || order.onBehalf?.staffId === user.id;
}

/** The family member named with a 红色代办 order (家属): they read it, in the resident's place. */
export function isFamilyOf(user: UserRecord, order: OrderRecord): boolean {
  return !!order.onBehalf?.familyId && order.onBehalf.familyId === user.id;
}

export function isCommitteeOf(user: UserRecord, order: OrderRecord): boolean {
  return user.role === 'committee' && user.communityIds.includes(order.communityId);
}

export function isClaimant(user: UserRecord, order: OrderRecord): boolean {
  return order.claimantId !== null && order.claimantId === user.id;
}

/** Who may open the order at all: its parties, the committee, and while it waits, those who may take it. */
export function mayRead(reader: OrderReader, order: OrderRecord): boolean {
  const { user } = reader;
  if (speaksForResident(user, order) || isClaimant(user, order) || isCommitteeOf(user, order)) return true;
  if (isFamilyOf(user, order)) return true;
  return order.state === 'placed' && mayTake(user, reader.volunteer, order);
}

/** Full address and phone: the resident's side (family too), the claimant and the committee; masked for anyone else. */
export function maySeeContact(reader: OrderReader, order: OrderRecord): boolean {
  const { user } = reader;
  if (isFamilyOf(user, order)) return true;
  return speaksForResident(user, order) || isClaimant(user, order) || isCommitteeOf(user, order);
}

function actsAs(reader: OrderReader, order: OrderRecord, actor: OrderActor): boolean {
  switch (actor) {
    case 'resident':
      return speaksForResident(reader.user, order);
    case 'claimant':
      return isClaimant(reader.user, order);
    case 'volunteer':
      return mayTake(reader.user, reader.volunteer, order);
    case 'committee':
      return isCommitteeOf(reader.user, order);
  }
}

/** Whether the reader may take this step on the order as it stands now. */
export function mayApply(reader: OrderReader, order: OrderRecord, action: OrderAction): boolean {
  const rule = orderTransitions[action];
  if (!rule.from.includes(order.state)) return false;
  // The committee assigns only what nobody claimed in time... or anything placed: it is the committee's call.
  return rule.by.some((actor) => actsAs(reader, order, actor));
}

export function allowedActions(reader: OrderReader, order: OrderRecord): OrderAction[] {
  return (Object.keys(orderTransitions) as OrderAction[]).filter((action) => mayApply(reader, order, action));
}

/** Refuses a step the reader may not take: NOT_FOUND when they may not even see the order. */
export function assertMayApply(reader: OrderReader, order: OrderRecord, action: OrderAction): void {
  if (!mayRead(reader, order)) throw new AppError('NOT_FOUND', '订单不存在');
  if (!orderTransitions[action].by.some((actor) => actsAs(reader, order, actor))) {
    throw new AppError('FORBIDDEN', `您不能${orderTransitions[action].label}`);
  }
}

export function overdue(order: OrderRecord, now: number): boolean {
  return isOverdueForClaim(order, now) || (order.state === 'placed' && order.escalatedAt !== null);
}
