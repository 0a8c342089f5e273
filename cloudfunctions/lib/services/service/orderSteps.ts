import { AppError } from '@domain/errors';
import { nextOrderState, orderTransitions, type OrderAction } from '@domain/service/orders';
import type { OrderChange, OrderRecord } from '../../ports/service';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import type { OrderReader } from './orderAccess';
import { assertMayApply, isClaimant } from './orderAccess';
import { mayTake } from './volunteerAccess';
import { orderAndReader, orderAnswer } from './orderReaders';
import { notifyOrderStep } from './orderNotices';

/** What a step writes besides the new state, from the order as it stands and who takes the step. */
type PatchOf = (order: OrderRecord, reader: OrderReader, now: number) => OrderChange['patch'];

export interface StepOptions {
  /** Checks beyond "may this reader take this step" (the committee's pick for an assignment...). */
  check?: (order: OrderRecord, reader: OrderReader) => Promise<void> | void;
  /** Whether an order found already past this step was moved there by this very request's earlier attempt. */
  appliedBefore?: (order: OrderRecord, reader: OrderReader) => boolean;
  /** Work that follows the step (hours to the ledger...): idempotent, since a retry runs it again. */
  after?: (order: OrderRecord, reader: OrderReader, ctx: ActionContext) => Promise<void>;
  /** The step is the claimant's: it applies only while they still hold the order. */
  claimantOnly?: boolean;
}

/** The message when the order moved under the caller between their read and their write. */
function conflictOf(action: OrderAction, current: OrderRecord | null): AppError {
  if (action === 'claim' || action === 'assign') {
    if (current?.state !== 'placed') return new AppError('CONFLICT', '这单已被其他志愿者接走了');
  }
  return new AppError('CONFLICT', '订单刚刚有了变化，请刷新后再看');
}

/**
 * One step of an order: read it, check the caller may take the step from where it stands, apply
 * it conditionally on that state (so of two racing steps one wins), then the follow-up work and
 * the news to the order's other parties. A request retried after a failure that came after its
 * write finds the order already there and only finishes the follow-up work and the news.
 */
export async function orderStep(
  ctx: ActionContext,
  orderId: string,
  action: OrderAction,
  patchOf: PatchOf,
  options: StepOptions = {},
) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const { order, reader } = await orderAndReader(deps, user, orderId);
  // A volunteer who could have taken it learns it was taken, not that it is gone.
  if (
    action === 'claim' &&
    order.state !== 'placed' &&
    !isClaimant(user, order) &&
    mayTake(user, reader.volunteer, order)
  ) {
    throw conflictOf(action, order);
  }
  const rule = orderTransitions[action];
  if (ctx.earlierAttempt && order.state === rule.to && options.appliedBefore?.(order, reader)) {
    await options.after?.(order, reader, ctx);
    await notifyOrderStep(deps, action, order, user.id);
    return orderAnswer(deps, reader, order);
  }
  assertMayApply(reader, order, action);
  const to = nextOrderState(order.state, action);
  await options.check?.(order, reader);
  const now = deps.clock.now();
  const changed = await deps.storage.orders.change(
    order.id,
    {
      from: [order.state],
      ...(options.claimantOnly ? { claimantId: user.id } : {}),
      patch: { ...patchOf(order, reader, now), state: to },
    },
    now,
  );
  if (!changed) throw conflictOf(action, await deps.storage.orders.findById(order.id));
  await options.after?.(changed, reader, ctx);
  await notifyOrderStep(deps, action, changed, user.id);
  return orderAnswer(deps, reader, changed);
}
