import type {
  BookingRecord,
  BookingRepository,
  SlotRecord,
  SlotRepository,
  VisitDayMoveRepository,
} from '../../../cloudfunctions/lib/ports/visits';
import type { VisitRecordRepository } from '../../../cloudfunctions/lib/ports/visitRecords';
import { aBooking, aSlot } from '../../support/builders/visits';
import type { PlaceRepository } from '../../../cloudfunctions/lib/ports/storage';

/** What the 民意5来听 storage contract needs of a storage. */
export interface VisitsStorage {
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
  places: PlaceRepository;
  close(): Promise<void>;
}

const seatHolding: readonly string[] = ['booked', 'attended', 'no_show'];

/** Steps the contract's parts share, on the storage the suite's beforeEach opened. */
export function visitSteps(current: () => VisitsStorage) {
  async function createSlot(overrides: Partial<SlotRecord> = {}): Promise<SlotRecord> {
    const slot = aSlot(overrides);
    await current().slots.create(slot);
    return slot;
  }

  async function reloadSlot(id: string): Promise<SlotRecord> {
    const found = await current().slots.findById(id);
    if (!found) throw new Error(`slot ${id} vanished`);
    return found;
  }

  async function reloadBooking(id: string): Promise<BookingRecord> {
    const found = await current().bookings.findById(id);
    if (!found) throw new Error(`booking ${id} vanished`);
    return found;
  }

  /** Books and insists on the outcome, returning the stored booking. */
  async function bookAs(
    expected: 'booked' | 'waitlisted',
    overrides: Partial<BookingRecord> = {},
  ): Promise<BookingRecord> {
    const result = await current().bookings.book(aBooking(overrides), { waitlist: true });
    if (result.outcome !== expected) throw new Error(`expected ${expected}, got ${result.outcome}`);
    return result.booking;
  }

  /** The invariant behind every seat test: seatsTaken counts the seat holders, never over capacity. */
  async function expectSeatsConsistent(slotId: string): Promise<void> {
    const slot = await reloadSlot(slotId);
    const holders = (await current().bookings.listBySlot(slotId)).filter((b) => seatHolding.includes(b.state));
    expect(slot.seatsTaken).toBe(holders.length);
    expect(slot.seatsTaken).toBeLessThanOrEqual(slot.capacity);
  }

  return { createSlot, reloadSlot, reloadBooking, bookAs, expectSeatsConsistent };
}
