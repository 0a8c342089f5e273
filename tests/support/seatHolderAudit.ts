import type { MemoryCloudbaseServer } from '../../tools/cloudbase-local/memory/cloudbaseMemory';

const SEAT_HOLDING = new Set(['booked', 'attended', 'no_show']);

/**
 * Every slot of a CloudBase database whose seats do not add up, described; [] when all do. A slot
 * adds up when its seat holders are exactly its bookings that hold a seat (booked, attended,
 * absent), `seatsTaken` counts them and `remaining` is `capacity - seatsTaken`.
 */
export function slotsNotAddingUp(server: MemoryCloudbaseServer): string[] {
  const bookings = server.documents('mq_bookings');
  return server.documents('mq_slots').flatMap((slot) => {
    const holders = Object.keys((slot.seatHolders as Record<string, string> | undefined) ?? {}).sort();
    const holding = bookings
      .filter((b) => b.slotId === slot._id && SEAT_HOLDING.has(b.state as string))
      .map((b) => b._id as string)
      .sort();
    const counts = slot.seatsTaken === holders.length && slot.remaining === (slot.capacity as number) - holders.length;
    if (counts && JSON.stringify(holders) === JSON.stringify(holding)) return [];
    return [
      `${String(slot._id)}: holders [${holders.join(',')}] bookings holding [${holding.join(',')}] ` +
        `seatsTaken ${String(slot.seatsTaken)} remaining ${String(slot.remaining)} capacity ${String(slot.capacity)}`,
    ];
  });
}
