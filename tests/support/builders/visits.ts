/**
 * 民意5来听 records as storage holds them, every field set: the one place a test (or the bench) writes
 * such a record. Tests override what they are about.
 */
import type { BookingRecord, SlotRecord, VisitDayMoveRecord } from '../../../cloudfunctions/lib/ports/visits';
import type { VisitRecordRecord } from '../../../cloudfunctions/lib/ports/visitRecords';

export function aSlot(overrides: Partial<SlotRecord> = {}): SlotRecord {
  return {
    id: 's1',
    communityId: 'c1',
    cadreId: 'cadre-1',
    cadreName: '刘书记',
    date: '2025-06-05',
    start: '09:00',
    end: '11:00',
    mode: 'station',
    place: '红帆驿站',
    capacity: 5,
    seatsTaken: 0,
    state: 'open',
    cancelReason: '',
    createdAt: 500,
    updatedAt: 500,
    ...overrides,
  };
}

export function aBooking(overrides: Partial<BookingRecord> = {}): BookingRecord {
  return {
    id: 'b1',
    slotId: 's1',
    communityId: 'c1',
    residentId: 'u1',
    walkInName: '',
    date: '2025-06-05',
    topic: '小区停车难',
    address: '',
    phone: '13800000000',
    state: 'booked',
    cancelReason: '',
    onBehalf: null,
    createdAt: 1000,
    updatedAt: 1000,
    ...overrides,
  };
}

/** Each record gets a booking of its own unless told otherwise: records of one booking replace each other. */
export function aRecord(overrides: Partial<VisitRecordRecord> = {}): VisitRecordRecord {
  const id = overrides.id ?? 'r1';
  return {
    id,
    bookingId: `b-of-${id}`,
    slotId: 's1',
    cadreId: 'cadre-1',
    communityId: 'c1',
    residentId: 'u1',
    date: '2025-06-05',
    seen: '',
    heard: '反映停车难',
    solved: '',
    suggested: '',
    photos: [],
    followUp: null,
    matterId: null,
    createdAt: 5000,
    updatedAt: 5000,
    ...overrides,
  };
}

export function aMove(overrides: Partial<VisitDayMoveRecord> = {}): VisitDayMoveRecord {
  return {
    communityId: 'c1',
    originalDate: '2025-10-05',
    movedTo: '2025-10-08',
    reason: '国庆假期',
    movedBy: 'u-committee',
    createdAt: 1000,
    ...overrides,
  };
}
