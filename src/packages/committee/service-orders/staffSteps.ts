import type { OrderView } from '@domain/service/views';

/** The steps of an order the committee takes from its list, in the order their buttons show. */
export const staffSteps = ['assign', 'settle', 'reopen', 'cancel'] as const;
export type StaffStep = (typeof staffSteps)[number];

export const stepLabels: Record<StaffStep, string> = {
  assign: '指派志愿者',
  settle: '核实完成',
  reopen: '退回重做',
  cancel: '取消订单',
};

/** The committee's steps this order allows now (the server says which in `actions`). */
export function stepsFor(order: OrderView): StaffStep[] {
  return staffSteps.filter((step) => order.actions.includes(step));
}

/** What the committee is told when a step is done. */
export const stepDone: Record<StaffStep, string> = {
  assign: '已指派，志愿者会收到通知',
  settle: '已核实完成',
  reopen: '已退回志愿者重做',
  cancel: '订单已取消',
};
