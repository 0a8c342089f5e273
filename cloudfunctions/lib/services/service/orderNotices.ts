import type { NotificationFacts } from '@domain/notifications/factWords';
import type { ServiceKind } from '@domain/notifications/serviceKinds';
import type { OrderAction } from '@domain/service/orders';
import type { Deps } from '../../deps';
import type { OrderRecord } from '../../ports/service';
import { notify } from '../notifications/notify';

/** Whom a step of an order concerns besides the one who took it. */
type Party = 'residentSide' | 'claimant';

/**
 * What each step tells whom. The resident's side is the resident and, for 红色代办, the staff
 * member who ordered for them (they confirm for a resident without an account, and answer the
 * door with one who has no phone). A step's taker is never told of their own step.
 */
const noticesOfStep: Record<OrderAction, readonly { kind: ServiceKind; to: Party }[]> = {
  claim: [{ kind: 'order_claimed', to: 'residentSide' }],
  assign: [
    { kind: 'order_assigned', to: 'claimant' },
    { kind: 'order_claimed', to: 'residentSide' },
  ],
  release: [{ kind: 'order_released', to: 'residentSide' }],
  start: [{ kind: 'order_started', to: 'residentSide' }],
  finish: [{ kind: 'order_done', to: 'residentSide' }],
  confirm: [{ kind: 'order_confirmed', to: 'claimant' }],
  dispute: [{ kind: 'order_disputed', to: 'claimant' }],
  settle: [
    { kind: 'order_settled', to: 'claimant' },
    { kind: 'order_settled', to: 'residentSide' },
  ],
  reopen: [
    { kind: 'order_settled', to: 'claimant' },
    { kind: 'order_settled', to: 'residentSide' },
  ],
  cancel: [{ kind: 'order_cancelled', to: 'claimant' }],
};

/** The steps whose news says why: a reason the other side should read. */
const withReason: ReadonlySet<OrderAction> = new Set(['release', 'dispute', 'settle', 'reopen', 'cancel']);

function partyOf(order: OrderRecord, party: Party): string[] {
  if (party === 'claimant') return order.claimantId ? [order.claimantId] : [];
  return [order.residentId, order.onBehalf?.staffId, order.onBehalf?.familyId].filter((id): id is string => !!id);
}

/**
 * The facts one reader gets: the staff member who ordered hears it about the resident they
 * ordered for, a family member about their family member, the resident as their own order.
 */
function factsFor(order: OrderRecord, userId: string, facts: NotificationFacts): NotificationFacts {
  const name = order.onBehalf?.residentName || '居民';
  if (userId === order.onBehalf?.staffId) return { ...facts, onBehalfOf: name };
  if (userId === order.onBehalf?.familyId) return { ...facts, familyOf: name };
  return facts;
}

/**
 * Tells the parties of an order about a step it just took (a cancel keeps the claimant on the
 * order, so they are still found). Keyed by the order's new version, so a retried step tells
 * nobody twice.
 */
export async function notifyOrderStep(
  deps: Deps,
  action: OrderAction,
  order: OrderRecord,
  actorId: string,
): Promise<void> {
  for (const notice of noticesOfStep[action]) {
    const facts = withReason.has(action) ? { reason: order.reason } : {};
    const told = partyOf(order, notice.to).filter((id) => id !== actorId);
    const key = `${action}:${notice.kind}:${notice.to}:${order.id}:${order.updatedAt}`;
    const event = { kind: notice.kind, communityId: order.communityId, title: order.itemName, at: deps.clock.now() };
    const ref = { type: 'order' as const, id: order.id };
    for (const [variant, userIds] of groupByFacts(order, told, facts)) {
      await notify(deps, { ...event, ref, facts: variant, userIds, dedupeKey: key });
    }
  }
}

/** Readers grouped by the facts they get, so each group is one notification. */
function groupByFacts(order: OrderRecord, userIds: string[], facts: NotificationFacts) {
  const groups = new Map<string, [NotificationFacts, string[]]>();
  for (const userId of userIds) {
    const variant = factsFor(order, userId, facts);
    const key = JSON.stringify(variant);
    const group = groups.get(key) ?? [variant, []];
    group[1].push(userId);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * 红色代办: the resident with an account hears that staff ordered for them and how they agreed; a
 * family member named with the order hears it about their family member.
 */
export async function notifyPlacedForYou(deps: Deps, order: OrderRecord): Promise<void> {
  if (!order.onBehalf) return;
  const told = [order.residentId, order.onBehalf.familyId].filter((id): id is string => !!id);
  const facts = { reason: `由${order.onBehalf.staffName}代办，${order.onBehalf.consent}` };
  for (const [variant, userIds] of groupByFacts(order, told, facts)) {
    await notify(deps, {
      kind: 'order_placed_for_you',
      userIds,
      communityId: order.communityId,
      ref: { type: 'order', id: order.id },
      title: order.itemName,
      facts: variant,
      dedupeKey: `order_placed_for_you:${order.id}`,
      at: deps.clock.now(),
    });
  }
}
