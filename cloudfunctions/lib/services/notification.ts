import type { ServiceMap } from '../service';
import { credits, subscribe } from './notifications/consent';
import { deliveryProblems, retryDelivery, wechatMessages } from './notifications/delivery';
import { inbox, markAllRead, markRead, unreadCount } from './notifications/inbox';

/** The `notification` function's actions; its timer runs notifications/timerJobs. */
export const notificationServices: ServiceMap<'notification'> = {
  inbox,
  unreadCount,
  markRead,
  markAllRead,
  subscribe,
  credits,
  wechatMessages,
  deliveryProblems,
  retryDelivery,
};
