import { AppError } from '@domain/errors';
import { respondBy } from '@domain/service/orders';
import { shanghaiDateOf } from '@domain/time';
import type { WantedPeriod } from '@domain/service/views';
import type { Deps } from '../../deps';
import type { OnBehalfRecord } from '../../ports/onBehalf';
import type { OrderRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { openOrderStates } from '@domain/service/orders';
import { orderAnswer, readerIn } from './orderReaders';
import { notifyPlacedForYou } from './orderNotices';

/** A resident with this many unfinished orders places no more until some are done or cancelled. */
export const MAX_OPEN_ORDERS = 10;
/** How far ahead a service may be wanted. */
const MAX_DAYS_AHEAD = 60;
const DAY_MS = 86_400_000;

export interface OrderFields {
  itemId: string;
  details: string;
  wantedDate: string;
  wantedPeriod: WantedPeriod;
  address: string;
  contactPhone: string;
}

export async function placeOrder(ctx: ActionContext, input: OrderFields) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  return placeOnce(ctx, user, communityId, input, { residentId: user.id, onBehalf: null });
}

/**
 * Stores the order once per request (its id comes from the request id): a retry after a lost
 * answer finds the stored order instead of placing a second one.
 */
export async function placeOnce(
  ctx: ActionContext,
  user: UserRecord,
  communityId: string,
  input: OrderFields,
  whose: { residentId: string | null; onBehalf: OnBehalfRecord | null },
) {
  const { deps } = ctx;
  const id = commandId(ctx, 'o', 'service.placeOrder');
  const already = ctx.earlierAttempt ? await deps.storage.orders.findById(id) : null;
  if (already && already.communityId === communityId) {
    await notifyPlacedForYou(deps, already);
    return orderAnswer(deps, await readerIn(deps, user, communityId), already);
  }
  const item = await deps.storage.serviceSetup.findItem(input.itemId);
  if (!item || item.communityId !== communityId) throw new AppError('NOT_FOUND', '这项服务不存在');
  if (!item.active) throw new AppError('INVALID_STATE', '这项服务已暂停，请选择其他服务');
  assertWantedDate(deps, input.wantedDate);
  if (whose.residentId) await assertFewOpenOrders(deps, whose.residentId);
  const now = deps.clock.now();
  const order: OrderRecord = {
    id,
    communityId,
    itemId: item.id,
    itemName: item.name,
    category: item.category,
    takenBy: item.takenBy,
    takerId: item.takerId,
    standardMinutes: item.standardMinutes,
    residentId: whose.residentId,
    onBehalf: whose.onBehalf,
    details: input.details,
    wantedDate: input.wantedDate,
    wantedPeriod: input.wantedPeriod,
    address: input.address,
    contactPhone: input.contactPhone,
    state: 'placed',
    claimantId: null,
    claimedAt: null,
    startedAt: null,
    doneAt: null,
    closedAt: null,
    rating: null,
    thanks: '',
    reason: '',
    placedAt: now,
    respondBy: respondBy(now, item.responseHours),
    escalatedAt: null,
    updatedAt: now,
  };
  const stored = await deps.storage.orders.place(order);
  await notifyPlacedForYou(deps, stored);
  return orderAnswer(deps, await readerIn(deps, user, communityId), stored);
}

function assertWantedDate(deps: Deps, wantedDate: string): void {
  const now = deps.clock.now();
  const field = (message: string) => new AppError('BAD_INPUT', message, [{ path: 'wantedDate', message }]);
  if (wantedDate < shanghaiDateOf(now)) throw field('日期不能早于今天');
  if (wantedDate > shanghaiDateOf(now + MAX_DAYS_AHEAD * DAY_MS)) throw field('最多预约60天内的服务');
}

async function assertFewOpenOrders(deps: Deps, residentId: string): Promise<void> {
  const open = await deps.storage.orders.list({
    residentId,
    states: openOrderStates,
    after: null,
    limit: MAX_OPEN_ORDERS,
  });
  if (open.items.length >= MAX_OPEN_ORDERS) {
    throw new AppError('RATE_LIMITED', `您还有${MAX_OPEN_ORDERS}张未完成的订单，完成或取消一些后再点单`);
  }
}
