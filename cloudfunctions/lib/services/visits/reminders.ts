import { shanghaiDateOf } from '../../../../src/domain/time';
import type { Deps } from '../../deps';

/**
 * The day-before reminder: every booked resident of tomorrow's visits is told once. The dedupe
 * key is per booking, so a timer that fires twice (or a retry) never reminds twice.
 */
export async function sendVisitReminders(deps: Deps): Promise<{ reminded: number; date: string }> {
  const tomorrow = shanghaiDateOf(deps.clock.now() + 86_400_000);
  const bookings = await deps.storage.bookings.listBookedOnDay(tomorrow);
  let reminded = 0;
  for (const booking of bookings) {
    if (!booking.residentId) continue;
    await deps.notifier.notify({
      kind: 'visit_reminder',
      userIds: [booking.residentId],
      ref: { type: 'booking', id: booking.id },
      title: booking.topic,
      dedupeKey: `visit_reminder:${booking.id}`,
      at: deps.clock.now(),
    });
    reminded += 1;
  }
  deps.logger.info('visit_reminders', { date: tomorrow, reminded });
  return { reminded, date: tomorrow };
}
