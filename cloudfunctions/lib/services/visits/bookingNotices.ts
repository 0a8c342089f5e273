import { shanghaiWallClockToMs } from '@domain/time';
import { visitModeLabels } from '@domain/visits/views';
import type { Deps } from '../../deps';
import type { NotificationFacts, NotificationKind } from '@domain/notifications/kinds';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { notify, type NotificationEvent } from '../notifications/notify';

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
 * Who hears about a booking, each with the facts worded for them: the resident; for 红色代办 the
 * family member named with it (about their family member) and, when the resident has no account
 * to be told on, the staff member who booked (about the resident they booked for). Walk-ins have
 * nobody. `actorId`, who caused the news, is never told of their own act.
 */
function readersOf(booking: BookingRecord, facts: NotificationFacts, actorId?: string) {
  const name = booking.onBehalf?.residentName || '居民';
  const readers: [string, NotificationFacts][] = [];
  if (booking.residentId) readers.push([booking.residentId, facts]);
  else if (booking.onBehalf) readers.push([booking.onBehalf.staffId, { ...facts, onBehalfOf: name }]);
  const familyId = booking.onBehalf?.familyId;
  if (familyId && familyId !== booking.residentId) readers.push([familyId, { ...facts, familyOf: name }]);
  return readers.filter(([userId]) => userId !== actorId);
}

/**
 * Tells a booking's readers (readersOf) one piece of news: one notification per wording, all under
 * the event's dedupe key, so a retry or a timer firing twice tells nobody twice.
 */
export async function notifyBookingReaders(
  deps: Deps,
  booking: BookingRecord,
  event: Omit<NotificationEvent, 'userIds' | 'ref' | 'communityId'>,
  actorId?: string,
): Promise<void> {
  const groups = new Map<string, [NotificationFacts, string[]]>();
  for (const [userId, facts] of readersOf(booking, event.facts ?? {}, actorId)) {
    const key = JSON.stringify(facts);
    const group = groups.get(key) ?? [facts, []];
    group[1].push(userId);
    groups.set(key, group);
  }
  for (const [facts, userIds] of groups.values()) {
    const ref = { type: 'booking' as const, id: booking.id };
    await notify(deps, { ...event, facts, userIds, ref, communityId: booking.communityId });
  }
}

/**
 * Tells the booking's readers about it (when and where, and why for a cancellation). Pass the
 * slot when the caller has it, to save reading it again. Keyed by the booking's version unless
 * the caller names the key (news told once per booking, whatever becomes of it later).
 */
export async function notifyBooking(
  deps: Deps,
  booking: BookingRecord,
  kind: NotificationKind,
  known: { slot?: SlotRecord; reason?: string; actorId?: string; dedupeKey?: string } = {},
): Promise<void> {
  if (!booking.residentId && !booking.onBehalf) return;
  const { reason } = known;
  const slot = known.slot ?? (await deps.storage.slots.findById(booking.slotId));
  const event = {
    kind,
    title: booking.topic,
    facts: slot ? { when: slotStartsAt(slot), place: placeOf(slot, booking), reason } : { reason },
    dedupeKey: known.dedupeKey ?? `${kind}:${booking.id}:${booking.updatedAt}`,
    at: deps.clock.now(),
  };
  await notifyBookingReaders(deps, booking, event, known.actorId);
}
