import { AppError } from '@domain/errors';
import type { Deps } from '../../deps';
import type { OrderRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';
import type { OrderReader } from './orderAccess';
import { mayRead } from './orderAccess';
import { volunteerIdOf } from './volunteerAccess';
import { toOrderView, usersOf } from './orderViews';

/** The caller as a reader of orders of one community: with their volunteer record there, if approved. */
export async function readerIn(deps: Deps, user: UserRecord, communityId: string): Promise<OrderReader> {
  if (user.role !== 'resident' || user.communityId !== communityId) return { user, volunteer: null };
  const record = await deps.storage.volunteers.findById(volunteerIdOf(communityId, user.id));
  return { user, volunteer: record?.state === 'approved' ? record : null };
}

/** The order and the caller as its reader, whether or not they may see it; NOT_FOUND when there is none. */
export async function orderAndReader(deps: Deps, user: UserRecord, orderId: string) {
  const order = await deps.storage.orders.findById(orderId);
  if (!order) throw new AppError('NOT_FOUND', '订单不存在');
  return { order, reader: await readerIn(deps, user, order.communityId) };
}

/** The order, or NOT_FOUND (also when the caller may not see it: an order of others is not there for them). */
export async function readableOrder(deps: Deps, user: UserRecord, orderId: string) {
  const found = await orderAndReader(deps, user, orderId);
  if (!mayRead(found.reader, found.order)) throw new AppError('NOT_FOUND', '订单不存在');
  return found;
}

/** One order as the reader sees it now. */
export async function orderAnswer(deps: Deps, reader: OrderReader, order: OrderRecord) {
  return { order: toOrderView(reader, order, await usersOf(deps, [order]), deps.clock.now()) };
}
