import type { OrderView } from '@domain/service/views';
import { call } from '../../../api/client';
import { InfoRow } from '../../../components/InfoRow';
import { ReasonSheet } from '../components/service/ReasonSheet';
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
  return (
    <ReasonSheet
      id="order-step"
      title={stepLabels[step]}
      submitText={`确定${stepLabels[step]}`}
      about={<InfoRow label="订单">{`${order.itemName} · ${order.resident.name}`}</InfoRow>}
      hint={reasons[step].hint}
      usual={reasons[step].usual}
      send={(reason, requestId) => sendStep(step, order.id, reason, requestId)}
      onDone={(answer) => onDone(answer.order)}
      onClose={onClose}
    />
  );
}
