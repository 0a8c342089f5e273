import type { OrderView } from '@domain/service/views';
import type { ApiError } from '../../../api/apiError';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import { useCommand } from '../../../hooks/useCommand';

/** The steps one tap takes, with what the toast says when it went through. */
export const oneTapSteps = {
  claim: { action: 'claimOrder', text: '我来接单', done: '接单成功，请按约定时间联系居民' },
  start: { action: 'startOrder', text: '开始服务', done: '已开始服务' },
  finish: { action: 'finishOrder', text: '服务完成', done: '已告诉居民，等居民确认' },
} as const;
export type OneTapStep = keyof typeof oneTapSteps;

/** The steps that need a reason the other side will read. */
export const reasonSteps = {
  dispute: { action: 'disputeOrder', text: '提出异议', hint: '说说哪里没办好，社区居委会会来核实', done: '已提出异议' },
  cancel: { action: 'cancelOrder', text: '取消订单', hint: '对方会看到取消的原因', done: '订单已取消' },
  release: {
    action: 'releaseOrder',
    text: '退回订单',
    hint: '退回后其他志愿者可以接这一单',
    done: '已退回，订单重新等待接单',
  },
} as const;
export type ReasonStep = keyof typeof reasonSteps;

/**
 * The order's steps, each through the command hook (its request id kept when the same step is
 * tried again after a timeout): one-tap steps say a refusal in the toast, the confirmation and
 * the reasons next to their fields. Each answer is the order as it now stands, shown at once; a
 * refusal means the order moved on elsewhere (cancelled, claimed by another), so it is read again.
 */
export function useOrderCommands(
  order: OrderView,
  view: { show: (order: OrderView) => void; reload: () => Promise<void> },
  toast: string,
) {
  const tapping = useCommand({ toast, failures: 'toast' });
  const confirming = useCommand({ toast });
  const explaining = useCommand({ toast });
  const orderId = order.id;
  const { show } = view;

  /** Refused by the server (not a typo in a field, not the network): show the order as it is now. */
  function refused(error: ApiError | null) {
    if (error && error.code !== 'BAD_INPUT' && !error.unanswered) void view.reload();
  }

  async function tap(step: OneTapStep) {
    const { action, done } = oneTapSteps[step];
    const input = { orderId };
    // A volunteer who takes an order is asked, inside the tap, for the news of it.
    const accepted = step === 'claim' ? await acceptedConsent('service') : [];
    // The intent is the step on this order: another step is another request id.
    const sent = await tapping.run(
      { step, ...input },
      (requestId) => call('service', action, withConsent(input, accepted), { requestId }),
      {
        name: step,
        done,
      },
    );
    if (sent.ok) show(sent.value.order);
    else refused(sent.error);
  }

  async function confirm(rating: number, thanks: string) {
    const input = { orderId, rating, thanks };
    const sent = await confirming.run(input, (requestId) => call('service', 'confirmOrder', input, { requestId }), {
      done: '已确认，谢谢您的评价',
    });
    if (sent.ok) show(sent.value.order);
    else refused(sent.error);
  }

  async function explain(step: ReasonStep, reason: string): Promise<boolean> {
    const { action, done } = reasonSteps[step];
    const input = { orderId, reason };
    const sent = await explaining.run(
      { step, ...input },
      (requestId) => call('service', action, input, { requestId }),
      {
        done,
      },
    );
    if (sent.ok) show(sent.value.order);
    else refused(sent.error);
    return sent.ok;
  }

  return { tapping, confirming, explaining, tap, confirm, explain };
}

export type OrderCommands = ReturnType<typeof useOrderCommands>;
