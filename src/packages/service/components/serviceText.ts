import type { ServiceItemView } from '@domain/service/views';

/** `约24小时内响应`: how soon someone should take an order for this item. */
export function responseText(item: Pick<ServiceItemView, 'responseHours'>): string {
  return `约${item.responseHours}小时内响应`;
}

/** Who takes orders for this item, when it is not just any volunteer: `由东门红帆驿站接单`. */
export function takerText(item: Pick<ServiceItemView, 'takenBy' | 'takerName'>): string {
  if (item.takenBy === 'committee') return '由社区居委会办理';
  return item.takerName ? `由${item.takerName}接单` : '';
}
