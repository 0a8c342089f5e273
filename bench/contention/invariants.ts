import { holdsSeat } from '@domain/visits/bookings';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import type { Attempt } from './workload';

/** What the database holds after a run, slot by slot, checked against the booking rules. */
export interface ContentionVerdict {
  /** Seats held at the end (booked, or marked attended / absent), over all slots. */
  booked: number;
  waitlisted: number;
  /** The slots' capacities at the end, summed. */
  capacity: number;
  /** Slots holding more seats than their capacity (by their bookings or by their seat counter). */
  overbooked: number;
  /** Slots whose seat counter differs from the bookings holding a seat. */
  seatCountMismatches: number;
  /**
   * Waitlisted bookings passed over: still waiting at the end, on a slot where a seat went to a
   * booking whose request was sent only after this one had been answered "waitlisted" (so it
   * was in the queue first, whatever the engine's order of serving concurrent requests), plus
   * seats left free on an open slot while someone still waits.
   */
  waitlistOrderViolations: number;
}

/**
 * Reads every slot and its bookings back from the storage (not from the answers): the answers only
 * say when each booking's request was sent and answered, to tell which one was waiting first.
 */
export async function verifyFromStorage(
  storage: Storage,
  slotIds: string[],
  attempts: Attempt[],
): Promise<ContentionVerdict> {
  const byBooking = new Map(attempts.filter((a) => a.bookingId).map((a) => [a.bookingId!, a]));
  const verdict: ContentionVerdict = {
    booked: 0,
    waitlisted: 0,
    capacity: 0,
    overbooked: 0,
    seatCountMismatches: 0,
    waitlistOrderViolations: 0,
  };
  for (const slotId of slotIds) {
    const slot = await storage.slots.findById(slotId);
    if (!slot) throw new Error(`slot ${slotId} is gone`);
    const bookings = await storage.bookings.listBySlot(slotId);
    const holders = bookings.filter((b) => holdsSeat(b.state));
    const waiting = bookings.filter((b) => b.state === 'waitlisted');
    verdict.booked += holders.length;
    verdict.waitlisted += waiting.length;
    verdict.capacity += slot.capacity;
    if (holders.length > slot.capacity || slot.seatsTaken > slot.capacity) verdict.overbooked += 1;
    if (holders.length !== slot.seatsTaken) verdict.seatCountMismatches += 1;
    const passedOver = waiting.filter((w) => {
      const waitedFrom = byBooking.get(w.id)?.answeredAt ?? Infinity;
      return holders.some((h) => (byBooking.get(h.id)?.sentAt ?? -Infinity) > waitedFrom);
    });
    const freeSeats = slot.state === 'open' ? Math.max(0, slot.capacity - holders.length) : 0;
    verdict.waitlistOrderViolations += passedOver.length + Math.min(freeSeats, waiting.length);
  }
  return verdict;
}
