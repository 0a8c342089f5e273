import { describeBookingListsContract } from './bookingListsContract';
import { describeBookingSeatsContract } from './bookingSeatsContract';
import { describeBookingWaitlistContract } from './bookingWaitlistContract';
import { describeDayMovesContract } from './dayMovesContract';
import { describeSlotsContract } from './slotsContract';
import { describeVisitRecordsContract } from './visitRecordsContract';
import type { VisitsStorage } from './visitsFixtures';

export type { VisitsStorage } from './visitsFixtures';

/**
 * The behaviour every adapter of ports/visits.ts must have. Adapter-neutral on purpose: no
 * engine details and no timing; "concurrent" means calls started together with Promise.all,
 * which is how two function instances hit the same rows in production.
 *
 * Readings of the port pinned here (where its comments leave room):
 * - Slots and bookings are stored as given (the caller passes seatsTaken 0, and a booking's date
 *   and communityId copied from its slot); `book` only decides the state ('booked' or 'waitlisted').
 * - book checks in this order: a missing or cancelled slot => 'slot_closed'; an active booking of
 *   the same resident on the same date (any slot, any community) => 'already_booked' with that
 *   booking; a free seat => 'booked'; a full slot => 'waitlisted' when `waitlist`, else 'slot_closed'
 *   (a walk-in, booked with waitlist false, never waits). Nothing is stored unless booked or waitlisted.
 * - "Active" is booked or waitlisted, as the port says: attended, no_show and cancelled bookings do
 *   not stop the resident from booking again that day. Walk-ins (residentId null) are never
 *   "already booked".
 * - Seat changes (book, cancel, promotion) do not touch the slot's updatedAt: it tracks the cadre's
 *   edits. seatsTaken always equals the number of the slot's booked, attended and no_show bookings.
 * - The waitlist is in (createdAt, id) order; a promoted booking keeps its createdAt, and becomes
 *   'booked' with updatedAt = the cancel's `now`.
 * - Cancelling a seat holder of a cancelled slot frees the seat and promotes nobody (the service
 *   is cancelling every booking of that slot). A cancelled booking gets the reason and updatedAt.
 * - cancel is false (nothing changed) for an unknown booking and for one that is not active.
 * - Raising a slot's capacity promotes nobody (the port's update only edits the slot).
 * - slots.update is false for an unknown or cancelled slot, and when capacity would drop below
 *   seatsTaken; otherwise it applies the patch and sets updatedAt = now.
 * - slots.cancel is true whenever the slot exists; a second call keeps the first reason and time.
 * - listByDay and listByCadreDay include cancelled slots and order by (start, id).
 * - lastDayBefore counts any slot of the cadre in that community, cancelled ones too.
 * - setAttendance moves between booked, attended and no_show in any direction (a same-state call
 *   is true); it sets updatedAt = now; it is false for waitlisted, cancelled or unknown bookings.
 * - listBySlot leaves cancelled bookings out: seat holders by (createdAt, id), then the waitlist.
 * - listByResident returns every state. Upcoming (date >= today) by (date, id) ascending, past by
 *   (date, id) descending; the cursor's `at` is the date as the number YYYYMMDD (2025-06-05 ->
 *   20250605) and its `id` the booking id.
 * - listBookedOnDay: state 'booked' only, every community, in no particular order.
 * - visitRecords.save replaces the record with the same id, and also the other record of the same
 *   bookingId (one per booking: the old id is gone). Records without a booking never clash.
 * - openFollowUps: records whose followUp is open, matching every filter given (cadreId and/or
 *   communityIds; an empty communityIds, or neither filter, matches nothing: the service always scopes
 *   the list), by (dueDate, id), at most `limit`.
 * - closeFollowUp is false for an unknown record, one without a follow-up, or one already closed
 *   (the first outcome stays); it sets state 'closed', outcome, closedAt = now and updatedAt = now.
 * - linkMatter is true when the record had no matter or already this one (a retry), false when
 *   it is unknown or linked to another matter (nothing changes); it sets updatedAt = now.
 * - visitDayMoves.listForCommunity is inclusive on both ends and ordered by originalDate.
 * - findByIds / findByBookingIds return the found records in no particular order, skip unknown ids.
 */
export function describeVisitsContract(adapterName: string, openEmpty: () => Promise<VisitsStorage>): void {
  describe(`visits storage contract: ${adapterName}`, () => {
    let storage: VisitsStorage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    const current = () => storage;
    describeSlotsContract(current);
    describeBookingSeatsContract(current);
    describeBookingWaitlistContract(current);
    describeBookingListsContract(current);
    describeVisitRecordsContract(current);
    describeDayMovesContract(current);
  });
}
