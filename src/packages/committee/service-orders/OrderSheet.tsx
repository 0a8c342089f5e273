import { Button, Popup, Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { OrderView } from '@domain/service/views';
import { OrderCard } from '../components/service/OrderCard';
import { AssignSheet } from './AssignSheet';
import { ReasonStepSheet } from './ReasonStepSheet';
import { stepDone, stepLabels, stepsFor, type StaffStep } from './staffSteps';
import './OrderSheet.scss';

/**
 * One order opened from the list: everything about it, and the committee's buttons for the steps
 * it allows now (only those: the server lists them). A step opens its own form; when it is done the
 * order shows as it is now.
 */
export function OrderSheet({
  order,
  communityId,
  toast,
  onChanged,
  onClose,
}: {
  order: OrderView;
  communityId: string;
  toast: string;
  onChanged: (order: OrderView) => void;
  onClose: () => void;
}) {
  const [step, setStep] = useState<StaffStep | null>(null);
  const steps = stepsFor(order);
  const done = (next: OrderView, finished: StaffStep) => {
    setStep(null);
    Toast.show(toast, { content: stepDone[finished], icon: 'success' });
    onChanged(next);
  };

  if (step === 'assign') {
    return (
      <AssignSheet
        order={order}
        communityId={communityId}
        onDone={(next) => done(next, 'assign')}
        onClose={() => setStep(null)}
      />
    );
  }
  if (step) {
    return (
      <ReasonStepSheet step={step} order={order} onDone={(next) => done(next, step)} onClose={() => setStep(null)} />
    );
  }
  return (
    <Popup visible position="bottom" round title="服务订单" onClose={onClose} closeable>
      <View className="so-sheet" id="order-sheet">
        <OrderCard order={order} now={Date.now()} idBase="sheet-order" detailed />
        {steps.length > 0 ? (
          <View className="so-sheet__steps">
            {steps.map((s) => (
              <Button
                key={s}
                id={`order-step-${s}`}
                className="so-sheet__step"
                type="primary"
                fill={s === 'cancel' ? 'outline' : 'solid'}
                onClick={() => setStep(s)}
              >
                {stepLabels[s]}
              </Button>
            ))}
          </View>
        ) : (
          <View className="mq-muted so-sheet__none" id="order-no-steps">
            这张订单现在不需要居委会操作
          </View>
        )}
      </View>
    </Popup>
  );
}
