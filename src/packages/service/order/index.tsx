import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { routes } from '@domain/routes';
import type { OrderView } from '@domain/service/views';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { OrderFacts } from '../components/OrderFacts';
import { OrderSteps } from '../components/OrderSteps';
import { OrderActions } from './OrderActions';
import { useOrderCommands } from './useOrderCommands';
import './index.scss';

const TOAST = 'service-order-toast';

/**
 * One service order, for the resident who placed it, the volunteer who took it (or may take it)
 * and staff: its steps, what/when/where, and the buttons the server says the reader may use.
 */
export default function ServiceOrderPage() {
  const read = usePageParams(routes.serviceOrder);
  return (
    <RoleOnly roles={['resident', 'committee', 'cadre']} className="service-order" footer={<Toast id={TOAST} />}>
      {() =>
        read.ok ? (
          <Order orderId={read.params.id} />
        ) : (
          <StateView kind="error" title="没有找到这张订单" detail="链接不完整，请从「我的服务单」进入" />
        )
      }
    </RoleOnly>
  );
}

function Order({ orderId }: { orderId: string }) {
  const loaded = useAsync(() => call('service', 'order', { orderId }), [orderId]);
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  // Read again after a refusal and gone (cancelled, or another volunteer's now): say so, not the old order.
  if (loaded.status === 'error')
    return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <LoadingView />;
  const view = { show: (order: OrderView) => loaded.show({ order }), reload: loaded.reload };
  return <OrderShown order={loaded.data.order} view={view} />;
}

function OrderShown({ order, view }: { order: OrderView; view: Parameters<typeof useOrderCommands>[1] }) {
  const commands = useOrderCommands(order, view, TOAST);
  return (
    <View id="service-order-page">
      <OrderFacts order={order} />
      <OrderActions order={order} commands={commands} />
      <OrderSteps order={order} />
    </View>
  );
}
