import { AppError } from '@domain/errors';
import type { ActionContext } from '../../service';
import type { OrderRecord } from '../../ports/service';
import { orderStep } from './orderSteps';
import { creditOrderHours } from './orderHours';
import { mayTake, volunteerIdOf } from './volunteerAccess';

/**
 * 接单: of volunteers racing for one order exactly one wins (the change is conditional on `placed`).
 * Taking an order clears the reason the last claimant gave it back with: the reason was news for
 * the resident while the order waited, and is that volunteer's words, not the new one's.
 */
export function claimOrder(ctx: ActionContext, input: { orderId: string }) {
  return orderStep(
    ctx,
    input.orderId,
    'claim',
    (_order, reader, now) => ({ claimantId: reader.user.id, claimedAt: now, reason: '' }),
    {
      appliedBefore: (order, reader) => order.claimantId === reader.user.id,
    },
  );
}

/** The committee gives a waiting order to a volunteer who may take it (a give-back reason is cleared, as on 接单). */
export function assignOrder(ctx: ActionContext, input: { orderId: string; volunteerUserId: string }) {
  return orderStep(
    ctx,
    input.orderId,
    'assign',
    (_order, _reader, now) => ({ claimantId: input.volunteerUserId, claimedAt: now, reason: '' }),
    {
      appliedBefore: (order) => order.claimantId === input.volunteerUserId,
      check: async (order) => {
        const [taker, record] = await Promise.all([
          ctx.deps.storage.users.findById(input.volunteerUserId),
          ctx.deps.storage.volunteers.findById(volunteerIdOf(order.communityId, input.volunteerUserId)),
        ]);
        if (!taker || !mayTake(taker, record?.state === 'approved' ? record : null, order)) {
          throw new AppError('BAD_INPUT', '这位志愿者不能接这项服务', [
            { path: 'volunteerUserId', message: '请选择本社区已通过审核、能接这项服务的志愿者' },
          ]);
        }
      },
    },
  );
}

/** The claimant gives the order back before starting: it waits for someone else again. */
export function releaseOrder(ctx: ActionContext, input: { orderId: string; reason: string }) {
  return orderStep(ctx, input.orderId, 'release', () => ({ claimantId: null, claimedAt: null, reason: input.reason }), {
    claimantOnly: true,
    appliedBefore: (order) => order.claimantId === null && order.reason === input.reason,
  });
}

export function startOrder(ctx: ActionContext, input: { orderId: string }) {
  return orderStep(ctx, input.orderId, 'start', (_o, _r, now) => ({ startedAt: now }), {
    claimantOnly: true,
    appliedBefore: (order, reader) => order.claimantId === reader.user.id,
  });
}

export function finishOrder(ctx: ActionContext, input: { orderId: string }) {
  return orderStep(ctx, input.orderId, 'finish', (_o, _r, now) => ({ doneAt: now }), {
    claimantOnly: true,
    appliedBefore: (order, reader) => order.claimantId === reader.user.id,
  });
}

/** The resident (or who ordered for them) confirms with a rating; the volunteer's hours are credited. */
export function confirmOrder(ctx: ActionContext, input: { orderId: string; rating: number; thanks: string }) {
  return orderStep(
    ctx,
    input.orderId,
    'confirm',
    (_o, _r, now) => ({ closedAt: now, rating: input.rating, thanks: input.thanks }),
    {
      appliedBefore: (order) => order.rating === input.rating,
      after: (order, reader) => creditOrderHours(ctx.deps, order, reader.user.id),
    },
  );
}

export function disputeOrder(ctx: ActionContext, input: { orderId: string; reason: string }) {
  return orderStep(ctx, input.orderId, 'dispute', () => ({ reason: input.reason }), {
    appliedBefore: (order) => order.reason === input.reason,
  });
}

/** The committee settles a dispute: done after all (hours credited) or back to work. */
export function settleOrder(
  ctx: ActionContext,
  input: { orderId: string; outcome: 'confirmed' | 'reopened'; reason: string },
) {
  const confirmed = input.outcome === 'confirmed';
  const credit = (order: OrderRecord, userId: string) =>
    confirmed ? creditOrderHours(ctx.deps, order, userId) : Promise.resolve();
  return orderStep(
    ctx,
    input.orderId,
    confirmed ? 'settle' : 'reopen',
    (_o, _r, now) => (confirmed ? { closedAt: now, reason: input.reason } : { doneAt: null, reason: input.reason }),
    {
      appliedBefore: (order) => order.reason === input.reason,
      after: (order, reader) => credit(order, reader.user.id),
    },
  );
}

export function cancelOrder(ctx: ActionContext, input: { orderId: string; reason: string }) {
  return orderStep(ctx, input.orderId, 'cancel', (_o, _r, now) => ({ closedAt: now, reason: input.reason }), {
    appliedBefore: (order) => order.reason === input.reason,
  });
}
