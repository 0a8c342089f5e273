import { AppError } from '../errors';

/**
 * 群众点单: a resident's service order and the only ways it changes state.
 *
 * placed -> claimed (a volunteer 接单, or the committee assigns one) -> in_progress (服务开始)
 * -> done (the volunteer says it is done) -> confirmed (the resident, with a rating and thanks)
 * or disputed (the resident says it is not). The resident cancels before work starts; the
 * volunteer who claimed it may give it back (it is open again for others). An order nobody
 * claimed within its service's response time is escalated to the committee, which may assign it;
 * a disputed order is the committee's to settle (confirmed) or send back to work (in_progress).
 */
export const orderStates = ['placed', 'claimed', 'in_progress', 'done', 'confirmed', 'disputed', 'cancelled'] as const;
export type OrderState = (typeof orderStates)[number];

export const orderStateLabels: Record<OrderState, string> = {
  placed: '待接单',
  claimed: '已接单',
  in_progress: '服务中',
  done: '待确认',
  confirmed: '已完成',
  disputed: '有异议',
  cancelled: '已取消',
};

export type OrderAction =
  | 'claim'
  | 'assign'
  | 'release'
  | 'start'
  | 'finish'
  | 'confirm'
  | 'dispute'
  | 'settle'
  | 'reopen'
  | 'cancel';

/** Who may take each step: the order's resident, the volunteer who claimed it, or the committee. */
export type OrderActor = 'resident' | 'claimant' | 'volunteer' | 'committee';

export interface OrderTransitionRule {
  from: readonly OrderState[];
  to: OrderState;
  by: readonly OrderActor[];
  label: string;
}

export const orderTransitions: Record<OrderAction, OrderTransitionRule> = {
  claim: { from: ['placed'], to: 'claimed', by: ['volunteer'], label: '接单' },
  assign: { from: ['placed'], to: 'claimed', by: ['committee'], label: '指派' },
  release: { from: ['claimed'], to: 'placed', by: ['claimant'], label: '退回订单' },
  start: { from: ['claimed'], to: 'in_progress', by: ['claimant'], label: '开始服务' },
  finish: { from: ['in_progress'], to: 'done', by: ['claimant'], label: '完成服务' },
  confirm: { from: ['done'], to: 'confirmed', by: ['resident'], label: '确认完成' },
  dispute: { from: ['done'], to: 'disputed', by: ['resident'], label: '提出异议' },
  settle: { from: ['disputed'], to: 'confirmed', by: ['committee'], label: '核实完成' },
  reopen: { from: ['disputed'], to: 'in_progress', by: ['committee'], label: '退回重做' },
  cancel: { from: ['placed', 'claimed'], to: 'cancelled', by: ['resident'], label: '取消订单' },
};

export const orderActions = Object.keys(orderTransitions) as OrderAction[];

/** The state an order moves to, or INVALID_STATE naming where it stands. */
export function nextOrderState(current: OrderState, action: OrderAction): OrderState {
  const rule = orderTransitions[action];
  if (!rule.from.includes(current)) {
    throw new AppError('INVALID_STATE', `订单当前为「${orderStateLabels[current]}」，不能${rule.label}`);
  }
  return rule.to;
}

/** States in which the order is still the community's business (lists, counts, reminders). */
export const openOrderStates: readonly OrderState[] = ['placed', 'claimed', 'in_progress', 'done', 'disputed'];

export function isOpenOrder(state: OrderState): boolean {
  return openOrderStates.includes(state);
}

/** Work has not started: the resident may still cancel, the claimant may still give it back. */
export function beforeWorkStarts(state: OrderState): boolean {
  return state === 'placed' || state === 'claimed';
}

const HOUR_MS = 3_600_000;

/** When an order must have been claimed: its service's response time after it was placed. */
export function respondBy(placedAt: number, responseHours: number): number {
  return placedAt + responseHours * HOUR_MS;
}

/** Placed, unclaimed and past its response time: the committee is told, and may assign it. */
export function isOverdueForClaim(order: { state: OrderState; respondBy: number }, now: number): boolean {
  return order.state === 'placed' && now > order.respondBy;
}

export const MIN_RATING = 1;
export const MAX_RATING = 5;
