import { useState } from 'react';
import type { OrderView } from '@domain/service/views';
import { orderReasonSchema } from '@domain/service/inputs';
import { call } from '../../../api/client';
import { InfoRow } from '../../../components/InfoRow';
import { ReasonField } from '../../../components/staff/ReasonField';
import { Sheet } from '../../../components/staff/Sheet';
import { useCommand } from '../../../hooks/useCommand';
import { stepLabels, type StaffStep } from './staffSteps';

type ReasonStep = Exclude<StaffStep, 'assign'>;

/** Each step's reason: who reads it, and the words committees usually write. */
const reasons: Record<ReasonStep, { hint: string; usual: string[] }> = {
  settle: {
    hint: '居民和志愿者都会看到核实结果',
    usual: ['电话回访居民，服务已完成', '现场核实，服务已完成'],
  },
  reopen: {
    hint: '志愿者会看到要重做的原因',
    usual: ['居民反映没有做完', '服务质量不达标，需要重做'],
  },
  cancel: {
    hint: '居民和接单的志愿者会看到取消原因',
    usual: ['居民已不需要', '重复下单', '已由社区直接办理'],
  },
};

function sendStep(step: ReasonStep, orderId: string, reason: string, requestId: string) {
  if (step === 'cancel') return call('service', 'cancelOrder', { orderId, reason }, { requestId });
  const outcome = step === 'settle' ? 'confirmed' : 'reopened';
  return call('service', 'settleOrder', { orderId, outcome, reason }, { requestId });
}

/** 核实完成 / 退回重做 / 取消订单: a step of the committee's that says why. */
export function ReasonStepSheet({
  step,
  order,
  onDone,
  onClose,
}: {
  step: ReasonStep;
  order: OrderView;
  onDone: (order: OrderView) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    const checked = orderReasonSchema.safeParse(reason);
    if (!checked.success) return refuse(checked.error.issues[0].message, 'reason');
    const input = { step, orderId: order.id, reason: checked.data };
    const sent = await run(input, (requestId) => sendStep(step, order.id, checked.data, requestId));
    if (sent.ok) onDone(sent.value.order);
  }

  return (
    <Sheet
      id="order-step-sheet"
      title={stepLabels[step]}
      submitId="order-step-submit"
      submitText={`确定${stepLabels[step]}`}
      busy={busy}
      error={error}
      fieldPaths={['reason']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <InfoRow label="订单">{`${order.itemName} · ${order.resident.name}`}</InfoRow>
      <ReasonField
        id="order-step-reason"
        usualId="order-step-usual"
        usual={reasons[step].usual}
        label="原因"
        hint={reasons[step].hint}
        error={fieldError('reason')}
        value={reason}
        onChange={setReason}
        maxLength={100}
        rows={2}
      />
    </Sheet>
  );
}
