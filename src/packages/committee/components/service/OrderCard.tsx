import { View } from '@tarojs/components';
import { orderStateLabels } from '@domain/service/orders';
import { orderStateTones, wantedPeriodLabels, type OrderView } from '@domain/service/views';
import { formatShanghaiDay, formatWhen } from '@domain/time';
import { InfoRow } from '../../../../components/InfoRow';
import { Tag } from '../../../../components/Tag';
import './OrderCard.scss';

/** `12月8日 周二 上午`: when the resident wants the service. */
export function wantedText(order: Pick<OrderView, 'wantedDate' | 'wantedPeriod'>): string {
  return `${formatShanghaiDay(order.wantedDate)} ${wantedPeriodLabels[order.wantedPeriod]}`;
}

/**
 * One service order as staff read it: the service and its state (red when nobody claimed it in
 * time), for whom (and 由XX代办 when staff placed it), when and where, and who took it.
 */
export function OrderCard({
  order,
  now,
  idBase = `order-${order.id}`,
  detailed = false,
  onOpen,
}: {
  order: OrderView;
  now: number;
  /** The card's id and its parts' prefix: one order may show in a list and in a sheet at once. */
  idBase?: string;
  /** With the address, phone, reason and rating: a list shows what to act on, the opened order the rest. */
  detailed?: boolean;
  onOpen?: () => void;
}) {
  return (
    <View
      id={idBase}
      className={`mq-card so-order${order.overdue ? ' so-order--overdue' : ''}`}
      data-state={order.state}
      onClick={onOpen}
    >
      <View className="so-order__head">
        <View className="so-order__name">{order.itemName}</View>
        <Tag tone={orderStateTones[order.state]} state={order.state}>
          {orderStateLabels[order.state]}
        </Tag>
        {order.overdue ? (
          <Tag tone="alert" id={`${idBase}-overdue`} state="overdue">
            超时未接单
          </Tag>
        ) : null}
      </View>
      {order.onBehalfLine ? (
        <View className="so-order__behalf" id={`${idBase}-behalf`}>
          {order.onBehalfLine}
        </View>
      ) : null}
      <InfoRow label="居民">{order.resident.name}</InfoRow>
      {detailed ? <InfoRow label="居民同意">{order.consent}</InfoRow> : null}
      {detailed ? <InfoRow label="告知家属">{order.familyName}</InfoRow> : null}
      <InfoRow label="需要">{order.details}</InfoRow>
      <InfoRow label="时间">{wantedText(order)}</InfoRow>
      {detailed ? <InfoRow label="地址">{order.address}</InfoRow> : null}
      {detailed ? <InfoRow label="电话">{order.contactPhone}</InfoRow> : null}
      <InfoRow label="接单">{order.claimant?.name ?? (order.state === 'placed' ? '还没有人接单' : '')}</InfoRow>
      <InfoRow label="下单">{formatWhen(order.placedAt, now)}</InfoRow>
      <InfoRow label="原因">{order.reason}</InfoRow>
      {detailed && order.rating !== null ? (
        <InfoRow label="评价">{`${order.rating}星 ${order.thanks}`.trim()}</InfoRow>
      ) : null}
    </View>
  );
}
