import { openOrderStates, orderStateLabels, type OrderState } from '@domain/service/orders';

export interface StateFilter {
  id: string;
  label: string;
  /** The states asked for; undefined asks for every state. */
  states?: OrderState[];
}

const one = (state: OrderState): StateFilter => ({ id: state, label: orderStateLabels[state], states: [state] });

/**
 * The choices above the committee's order list: what still needs someone first (the default), each
 * state the committee acts on, then the finished ones and everything.
 */
export const stateFilters: readonly StateFilter[] = [
  { id: 'open', label: '未办结', states: [...openOrderStates] },
  one('placed'),
  one('disputed'),
  one('claimed'),
  one('in_progress'),
  one('done'),
  one('confirmed'),
  one('cancelled'),
  { id: 'all', label: '全部' },
];
