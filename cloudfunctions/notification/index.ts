import { platformIdentity } from '../lib/identity';
import { notificationContract } from '@domain/contract/notification';
import { cloudFunction, productionDeps } from '../lib/runtime/cloudbase';
import { notificationServices } from '../lib/services/notification';
import { runTimerJobs } from '../lib/services/notifications/timerJobs';

const actions = cloudFunction('notification', notificationContract, notificationServices);

/**
 * notification: the inbox and subscribe-message consent (called by the app), and the timer
 * (config.json, every minute, UTC+8) that raises reminders and sends the outbox. A timer call
 * carries no OPENID; an app call always does, so a client cannot pose as the timer.
 */
export async function main(event: unknown, context: unknown) {
  const trigger = (event as { Type?: string } | null) ?? {};
  if (trigger.Type === 'Timer' && !platformIdentity(context)) {
    return { ok: true, data: await runTimerJobs(productionDeps()) };
  }
  return actions(event, context);
}
