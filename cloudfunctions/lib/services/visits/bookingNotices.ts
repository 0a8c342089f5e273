import { shanghaiWallClockToMs } from '@domain/time';
import { visitModeLabels } from '@domain/visits/views';
import type { Deps } from '../../deps';
import type { NotificationKind } from '@domain/notifications/kinds';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { notify } from '../notifications/notify';

/** Where the resident should be: the station or company, or at home for a home visit. */
export function placeOf(slot: SlotRecord, booking: BookingRecord): string {
  if (slot.mode === 'home') return `${visitModeLabels.home}：${booking.address || '家中'}`;
  return slot.place || visitModeLabels[slot.mode];
}

/** When the visit starts, as an instant. */
export function slotStartsAt(slot: SlotRecord): number {
  return shanghaiWallClockToMs(slot.date, slot.start);
}

/**
 * Tells the resident about their booking (when and where, and why for a cancellation); walk-ins
 * have no account to tell. Pass the slot when the caller has it, to save reading it again.
 */
export async function notifyBooking(
  deps: Deps,
  booking: BookingRecord,
  kind: NotificationKind,
  known: { slot?: SlotRecord; reason?: string } = {},
): Promise<void> {
  if (!booking.residentId) return;
  const { reason } = known;
  const slot = known.slot ?? (await deps.storage.slots.findById(booking.slotId));
  await notify(deps, {
    kind,
    userIds: [booking.residentId],
    communityId: booking.communityId,
    ref: { type: 'booking', id: booking.id },
    title: booking.topic,
    facts: slot ? { when: slotStartsAt(slot), place: placeOf(slot, booking), reason } : { reason },
    dedupeKey: `${kind}:${booking.id}:${booking.updatedAt}`,
    at: deps.clock.now(),
  });
}
