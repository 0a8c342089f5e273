import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import { orderStateLabels } from '@domain/service/orders';
import { orderStateTones, type OrderView } from '@domain/service/views';
import { Tag } from '../../../components/Tag';
import { openPage } from '../../../navigation';
import { wantedText } from './OrderFacts';
import './OrderCard.scss';

/** One order in a list: what, when, its state (and 超时 / 由XX代办 when so); a tap opens it. */
export function OrderCard({ order }: { order: OrderView }) {
  const id = `service-order-${order.id}`;
  return (
    <View
      className="mq-card sv-order-card"
      id={id}
      onClick={() => void openPage(routes.serviceOrder, { id: order.id })}
    >
      <View className="sv-order-card__head">
        <View className="sv-order-card__name">{order.itemName}</View>
        <Tag id={`${id}-state`} state={order.state} tone={orderStateTones[order.state]}>
          {orderStateLabels[order.state]}
        </Tag>
      </View>
      <View className="mq-text">{wantedText(order)}</View>
      <View className="mq-muted sv-order-card__details">{order.details}</View>
      {order.onBehalfLine ? <View className="sv-order-card__behalf">{order.onBehalfLine}</View> : null}
      {order.overdue ? (
        <Tag id={`${id}-overdue`} tone="alert">
          超时未接
        </Tag>
      ) : null}
    </View>
  );
}
