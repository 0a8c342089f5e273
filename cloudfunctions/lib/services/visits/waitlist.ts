import { waitlistOrder } from '@domain/visits/bookings';
import type { BookingRecord } from '../../ports/visits';

export function waitlistOf(bookings: readonly BookingRecord[]): BookingRecord[] {
  return bookings.filter((b) => b.state === 'waitlisted').sort(waitlistOrder);
}
