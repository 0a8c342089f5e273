import { withFamily } from '../../ports/onBehalf';
import type { BookingRecord } from '../../ports/visits';
import type { StoredDocument } from './database';

/** A booking as stored: `_id` is the booking id. */
export type BookingDocument = Omit<BookingRecord, 'id'> & { _id: string };

export function activeBookingId(residentId: string, date: string): string {
  return `${residentId}:${date}`;
}

export function toBookingDocument(booking: BookingRecord): BookingDocument {
  const { id, ...fields } = booking;
  return { _id: id, ...fields };
}

export function toBookingRecord(stored: StoredDocument): BookingRecord {
  const document = stored as unknown as BookingDocument;
  return {
    id: document._id,
    slotId: document.slotId,
    communityId: document.communityId,
    residentId: document.residentId,
    walkInName: document.walkInName,
    date: document.date,
    topic: document.topic,
    address: document.address,
    phone: document.phone,
    state: document.state,
    cancelReason: document.cancelReason,
    // Bookings stored before 红色代办 reached visits have no field: the resident's own.
    onBehalf: document.onBehalf ? withFamily(document.onBehalf) : null,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

/** Seat holders first by time, then the waitlist in its order (both by createdAt, then id). */
export function slotOrder(a: BookingRecord, b: BookingRecord): number {
  const aWaiting = a.state === 'waitlisted' ? 1 : 0;
  const bWaiting = b.state === 'waitlisted' ? 1 : 0;
  if (aWaiting !== bWaiting) return aWaiting - bWaiting;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
