import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { routes } from '@domain/routes';
import type { OrderView } from '@domain/service/views';
import { openPage } from '../../../navigation';
import { ConfirmPanel } from './ConfirmPanel';
import { ReasonSheet } from './ReasonSheet';
import { oneTapSteps, reasonSteps, type OneTapStep, type OrderCommands, type ReasonStep } from './useOrderCommands';

const oneTapOrder: OneTapStep[] = ['claim', 'start', 'finish'];
const reasonOrder: ReasonStep[] = ['dispute', 'release', 'cancel'];
/** The committee's steps: taken on its 服务订单 page, where the volunteers to assign are listed. */
const committeeSteps = ['assign', 'settle', 'reopen'] as const;

/**
 * Only what the reader may do now (the order's `actions`, decided by the server): the next step
 * as the big button, confirming as a rating card, and the steps that need a reason as plain
 * buttons opening a sheet. The committee's own steps (assign, settle) are on its 服务订单 page: a
 * button opens the order there.
 */
export function OrderActions({ order, commands }: { order: OrderView; commands: OrderCommands }) {
  const [explaining, setExplaining] = useState<ReasonStep | null>(null);
  const taps = oneTapOrder.filter((step) => order.actions.includes(step));
  const reasons = reasonOrder.filter((step) => order.actions.includes(step));
  const { tapping } = commands;

  async function explain(reason: string) {
    if (explaining && (await commands.explain(explaining, reason))) setExplaining(null);
  }

  return (
    <View id="order-actions">
      {order.actions.includes('confirm') ? (
        <ConfirmPanel
          command={commands.confirming}
          onConfirm={(rating, thanks) => void commands.confirm(rating, thanks)}
        />
      ) : null}
      <View className="sv-actions">
        {committeeSteps.some((step) => order.actions.includes(step)) ? (
          <Button
            id="order-committee-steps"
            className="sv-actions__main"
            type="primary"
            size="large"
            block
            onClick={() => void openPage(routes.committeeServiceOrders, { orderId: order.id })}
          >
            {order.actions.includes('assign') ? '去指派志愿者' : '去核实处理'}
          </Button>
        ) : null}
        {taps.map((step) => (
          <Button
            key={step}
            id={`order-${step}`}
            className="sv-actions__main"
            type="primary"
            size="large"
            block
            loading={tapping.running === step}
            onClick={() => void commands.tap(step)}
          >
            {oneTapSteps[step].text}
          </Button>
        ))}
        {reasons.length ? (
          <View className="sv-actions__row">
            {reasons.map((step) => (
              <Button
                key={step}
                id={`order-${step}`}
                className="sv-actions__other"
                type="default"
                onClick={() => {
                  commands.explaining.clearError();
                  setExplaining(step);
                }}
              >
                {reasonSteps[step].text}
              </Button>
            ))}
          </View>
        ) : null}
      </View>
      {explaining ? (
        <ReasonSheet
          key={explaining}
          step={explaining}
          command={commands.explaining}
          onSubmit={(reason) => void explain(reason)}
          onClose={() => setExplaining(null)}
        />
      ) : null}
    </View>
  );
}
