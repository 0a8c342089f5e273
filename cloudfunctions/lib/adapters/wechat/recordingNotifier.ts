import type { Logger } from '../../ports/logger';
import type { NotificationEvent, Notifier } from '../../ports/notifier';

/**
 * Until the notification channels exist, events are kept in memory (once per dedupe key) and
 * logged. Tests read `events`; the host shows them in its log.
 */
export function recordingNotifier(logger?: Logger): Notifier & { events: NotificationEvent[] } {
  const seen = new Set<string>();
  const events: NotificationEvent[] = [];
  return {
    events,
    async notify(event) {
      if (seen.has(event.dedupeKey)) return;
      seen.add(event.dedupeKey);
      events.push(event);
      logger?.info('notify', {
        kind: event.kind,
        users: event.userIds.length,
        ref: `${event.ref.type}:${event.ref.id}`,
      });
    },
  };
}
