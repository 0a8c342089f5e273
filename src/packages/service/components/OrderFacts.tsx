import { View } from '@tarojs/components';
import { orderStateLabels } from '@domain/service/orders';
import { orderStateTones, wantedPeriodLabels, type OrderView } from '@domain/service/views';
import { formatShanghai, formatShanghaiDay } from '@domain/time';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';
import './OrderFacts.scss';

/** `12月5日 周六 上午`: when the resident wants it. */
export function wantedText(order: Pick<OrderView, 'wantedDate' | 'wantedPeriod'>): string {
  return `${formatShanghaiDay(order.wantedDate)} ${wantedPeriodLabels[order.wantedPeriod]}`;
}

/**
 * What, when and where; for whom (and 由XX代办 when staff placed it); who took it. The address and
 * phone come masked from the server unless the reader may see them.
 */
export function OrderFacts({ order }: { order: OrderView }) {
  return (
    <View className="mq-card sv-order" id="order-facts">
      <View className="sv-order__head">
        <View className="mq-title">{order.itemName}</View>
        <Tag id="order-state" state={order.state} tone={orderStateTones[order.state]}>
          {orderStateLabels[order.state]}
        </Tag>
      </View>
      {order.onBehalfLine ? (
        <View className="sv-order__behalf" id="order-behalf">
          {order.onBehalfLine}
        </View>
      ) : null}
      <InfoRow label="要办的事">{order.details}</InfoRow>
      <InfoRow label="时间">{wantedText(order)}</InfoRow>
      <InfoRow label="地址" id="order-address">
        {order.address}
      </InfoRow>
      <InfoRow label="电话" id="order-phone">
        {order.contactPhone}
      </InfoRow>
      <InfoRow label="居民">{order.resident.name}</InfoRow>
      <InfoRow label="居民同意" id="order-consent">
        {order.consent}
      </InfoRow>
      <InfoRow label="告知家属" id="order-family">
        {order.familyName}
      </InfoRow>
      <InfoRow label="接单志愿者" id="order-claimant">
        {order.claimant?.name ?? (order.state === 'placed' ? waitingText(order) : '')}
      </InfoRow>
      <OrderOutcome order={order} />
    </View>
  );
}

function waitingText(order: OrderView): string {
  if (order.overdue) return '超过响应时间还没人接，已告诉社区居委会安排';
  return `等待志愿者接单（${formatShanghai(order.respondBy, 'M月D日 HH:mm')}前）`;
}

/** How it ended, or why it stopped: the rating and thanks, or the reason given. */
function OrderOutcome({ order }: { order: OrderView }) {
  return (
    <>
      {order.rating ? (
        <InfoRow label="评价" id="order-rating">
          {`${'★'.repeat(order.rating)}${'☆'.repeat(5 - order.rating)}${order.thanks ? `  ${order.thanks}` : ''}`}
        </InfoRow>
      ) : null}
      {order.reason ? (
        <View className="sv-order__reason" id="order-reason">
          {reasonLabel[order.state] ?? '说明'}：{order.reason}
        </View>
      ) : null}
    </>
  );
}

const reasonLabel: Partial<Record<OrderView['state'], string>> = {
  cancelled: '取消原因',
  disputed: '异议',
  placed: '上一位志愿者退回的原因',
};
