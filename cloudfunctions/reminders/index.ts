import { productionDeps } from '../lib/runtime/cloudbase';
import { sendVisitReminders } from '../lib/services/visits/reminders';

/**
 * reminders: a timer (18:00 Beijing time, see config.json) that reminds residents of tomorrow's
 * visits. Timer calls carry no OPENID; nothing here is callable as an action.
 */
export async function main(event: unknown) {
  const trigger = (event as { Type?: string; TriggerName?: string } | null) ?? {};
  if (trigger.Type !== 'Timer') return { ok: false, code: 'FORBIDDEN', message: '仅由定时触发器调用' };
  return { ok: true, data: await sendVisitReminders(productionDeps()) };
}
