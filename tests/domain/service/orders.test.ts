import { AppError } from '@domain/errors';
import {
  beforeWorkStarts,
  isOverdueForClaim,
  nextOrderState,
  orderActions,
  orderStates,
  orderTransitions,
  respondBy,
  type OrderState,
} from '@domain/service/orders';

describe('the service order state table', () => {
  it('walks the happy path placed -> claimed -> in progress -> done -> confirmed', () => {
    let state: OrderState = 'placed';
    for (const action of ['claim', 'start', 'finish', 'confirm'] as const) state = nextOrderState(state, action);
    expect(state).toBe('confirmed');
  });

  it.each([
    ['assign', 'placed', 'claimed'],
    ['release', 'claimed', 'placed'],
    ['dispute', 'done', 'disputed'],
    ['settle', 'disputed', 'confirmed'],
    ['reopen', 'disputed', 'in_progress'],
    ['cancel', 'placed', 'cancelled'],
    ['cancel', 'claimed', 'cancelled'],
  ] as const)('%s takes %s to %s', (action, from, to) => {
    expect(nextOrderState(from, action)).toBe(to);
  });

  it('refuses every step from every state it does not start from, naming where the order stands', () => {
    const refusals: string[] = [];
    for (const action of orderActions) {
      for (const state of orderStates) {
        if (orderTransitions[action].from.includes(state)) continue;
        try {
          nextOrderState(state, action);
          refusals.push(`${action} from ${state} allowed`);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('INVALID_STATE');
        }
      }
    }
    expect(refusals).toEqual([]);
    expect(() => nextOrderState('in_progress', 'cancel')).toThrow('订单当前为「服务中」，不能取消订单');
  });

  it('ends nowhere after confirmed or cancelled: no step starts there', () => {
    for (const terminal of ['confirmed', 'cancelled'] as const) {
      expect(orderActions.filter((a) => orderTransitions[a].from.includes(terminal))).toEqual([]);
    }
  });

  it('lets the resident cancel and the claimant give back only before work starts', () => {
    expect(orderStates.filter(beforeWorkStarts)).toEqual(['placed', 'claimed']);
    expect(orderTransitions.cancel.from).toEqual(['placed', 'claimed']);
    expect(orderTransitions.release.from).toEqual(['claimed']);
  });

  it('is overdue for a claim only while placed and past its response time', () => {
    const placedAt = Date.UTC(2026, 11, 5, 2, 0); // 10:00 in Shanghai
    const due = respondBy(placedAt, 24);
    expect(due - placedAt).toBe(24 * 3_600_000);
    expect(isOverdueForClaim({ state: 'placed', respondBy: due }, due)).toBe(false);
    expect(isOverdueForClaim({ state: 'placed', respondBy: due }, due + 1)).toBe(true);
    expect(isOverdueForClaim({ state: 'claimed', respondBy: due }, due + 1)).toBe(false);
  });
});
