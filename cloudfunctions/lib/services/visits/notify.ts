import type { Deps } from '../../deps';
import type { NotificationKind } from '../../ports/notifier';
import type { BookingRecord } from '../../ports/visits';

/** Tells the resident about their booking; walk-ins have no account to tell. */
export async function notifyBooking(deps: Deps, booking: BookingRecord, kind: NotificationKind): Promise<void> {
  if (!booking.residentId) return;
  await deps.notifier.notify({
    kind,
    userIds: [booking.residentId],
    ref: { type: 'booking', id: booking.id },
    title: booking.topic,
    dedupeKey: `${kind}:${booking.id}:${booking.updatedAt}`,
    at: deps.clock.now(),
  });
}
