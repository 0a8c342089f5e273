import { Step, Steps } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { OrderView } from '@domain/service/views';
import { formatShanghai } from '@domain/time';
import './OrderSteps.scss';

/** The way an order goes, each step with when it happened. */
const stepsOf = (order: OrderView) =>
  [
    { title: '已点单', at: order.placedAt },
    { title: '志愿者接单', at: order.claimedAt },
    { title: '开始服务', at: order.startedAt },
    { title: '服务完成', at: order.doneAt },
    { title: order.state === 'disputed' ? '有异议，居委会核实中' : '确认完成', at: order.closedAt },
  ] as const;

/** How far along the path an order is: 1 (placed) to 5 (confirmed); a disputed one stops at its last step. */
const reached: Record<OrderView['state'], number> = {
  placed: 1,
  claimed: 2,
  in_progress: 3,
  done: 4,
  disputed: 5,
  confirmed: 5,
  cancelled: 0,
};

/**
 * NutUI's steps, top to bottom (room for the times, and for elder mode's larger text). `dynamic`: its
 * default status marks no step as done or current.
 */
export function OrderSteps({ order }: { order: OrderView }) {
  if (order.state === 'cancelled') return null;
  return (
    <View className="mq-card sv-steps" id="order-steps" data-value={reached[order.state]}>
      <Steps value={reached[order.state]} direction="vertical" type="dot" status="dynamic">
        {stepsOf(order).map((step, index) => (
          <Step
            key={step.title}
            value={index + 1}
            title={step.title}
            description={step.at ? formatShanghai(step.at, 'M月D日 HH:mm') : ''}
          />
        ))}
      </Steps>
    </View>
  );
}
