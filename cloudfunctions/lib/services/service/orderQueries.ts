import { decodeCursor, encodeCursor } from '@domain/pagination';
import type { OrderState } from '@domain/service/orders';
import type { Deps } from '../../deps';
import type { OrderListQuery, OrderRecord } from '../../ports/service';
import type { Page } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { mayRead, type OrderReader } from './orderAccess';
import { readableOrder, orderAnswer, readerIn } from './orderReaders';
import { toOrderView, usersOf } from './orderViews';

type PageInput = { cursor?: string; limit: number };

export async function order(ctx: ActionContext, input: { orderId: string }) {
  const { order: found, reader } = await readableOrder(ctx.deps, requireUser(ctx.caller), input.orderId);
  return orderAnswer(ctx.deps, reader, found);
}

/** A page of orders as the reader sees them; orders the reader may not see are left out. */
async function pageFor(deps: Deps, reader: OrderReader, page: Page<OrderRecord>) {
  const visible = page.items.filter((o) => mayRead(reader, o));
  const users = await usersOf(deps, visible);
  const now = deps.clock.now();
  return {
    items: visible.map((o) => toOrderView(reader, o, users, now)),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

function listQuery(filter: Omit<OrderListQuery, 'after' | 'limit'>, input: PageInput): OrderListQuery {
  return { ...filter, after: decodeCursor(input.cursor), limit: input.limit };
}

export async function myOrders(ctx: ActionContext, input: PageInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  const page = await ctx.deps.storage.orders.list(listQuery({ residentId: user.id }, input));
  return pageFor(ctx.deps, await readerIn(ctx.deps, user, communityId), page);
}

/** Waiting orders of the caller's community that the caller may take (their team's, station's, any volunteer's). */
export async function orderHall(ctx: ActionContext, input: PageInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  const reader = await readerIn(ctx.deps, user, communityId);
  const page = await ctx.deps.storage.orders.list(listQuery({ communityId, states: ['placed'] }, input));
  return pageFor(ctx.deps, reader, page);
}

export async function myClaims(ctx: ActionContext, input: PageInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  const page = await ctx.deps.storage.orders.list(listQuery({ claimantId: user.id }, input));
  return pageFor(ctx.deps, await readerIn(ctx.deps, user, communityId), page);
}

export async function communityOrders(
  ctx: ActionContext,
  input: PageInput & { communityId?: string; states?: OrderState[] },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const states = input.states && input.states.length > 0 ? input.states : undefined;
  const page = await ctx.deps.storage.orders.list(listQuery({ communityId, ...(states ? { states } : {}) }, input));
  // A cadre sees the community's orders they ordered for; the committee sees all of them.
  return pageFor(ctx.deps, { user, volunteer: null }, page);
}
