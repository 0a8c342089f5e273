import type { CursorPosition } from '@domain/pagination';
import type { BookingState } from '@domain/visits/views';
import type { Page } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';
import { cursorAtToDate, dateToCursorAt } from '../dateCursor';
import { findDocumentById, MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { slotOrder, toBookingRecord } from './bookingDocuments';
import type { CollectionNames } from './collections';
import { allOf, fetchAllMatching, type Condition } from './keysetPages';
import { pageOf } from './paging';

/** The states that hold one of the slot's seats. */
export const SEAT_HOLDING: BookingState[] = ['booked', 'attended', 'no_show'];

/**
 * The read-only views of the bookings collection: a slot's sheet, a resident's visits, a day's
 * reminders and the bookings a cancel or a capacity change promoted. Kept apart from the
 * seat-taking steps in bookings.ts, whose order is their correctness argument.
 */
export function createBookingLists(db: CloudbaseDb, names: CollectionNames) {
  const _ = db.command;
  const bookings = () => db.collection(names.bookings);

  async function listWhere(condition: Condition, operation: string): Promise<BookingRecord[]> {
    const rows = await fetchAllMatching(bookings(), _, {
      conditions: [condition],
      sortField: 'createdAt',
      idField: '_id',
      direction: 'asc',
      operation,
    });
    return rows.map(toBookingRecord);
  }

  async function listBySlot(slotId: string): Promise<BookingRecord[]> {
    const rows = await listWhere({ slotId, state: _.in([...SEAT_HOLDING, 'waitlisted']) }, 'bookings.listBySlot');
    return rows.sort(slotOrder);
  }

  async function listWaitlisted(slotIds: readonly string[]): Promise<BookingRecord[]> {
    if (slotIds.length === 0) return [];
    const rows = await listWhere({ slotId: _.in([...slotIds]), state: 'waitlisted' }, 'bookings.listWaitlisted');
    return rows.sort(slotOrder);
  }

  /**
   * Keyset pages on (date, _id): soonest first for upcoming visits, latest first for past ones.
   * The cursor's `at` is the date as the number YYYYMMDD.
   */
  async function listByResident(
    residentId: string,
    when: 'upcoming' | 'past',
    today: string,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<BookingRecord>> {
    const operation = 'bookings.listByResident';
    if (!Number.isInteger(limit) || limit < 1 || limit + 1 > MAX_ROWS_PER_GET) {
      throw new RangeError(`${operation}: page limit must be 1..${MAX_ROWS_PER_GET - 1}, got ${limit}`);
    }
    const direction = when === 'upcoming' ? 'asc' : 'desc';
    const conditions: Condition[] = [{ residentId, date: direction === 'asc' ? _.gte(today) : _.lt(today) }];
    if (after) {
      const past = (value: string) => (direction === 'asc' ? _.gt(value) : _.lt(value));
      const date = cursorAtToDate(after.at);
      conditions.push(_.or({ date: past(date) }, { date, _id: past(after.id) }));
    }
    const reply = await bookings()
      .where(allOf(_, conditions))
      .orderBy('date', direction)
      .orderBy('_id', direction)
      .limit(limit + 1)
      .get();
    const rows = rowsOf(reply, operation);
    const items = rows.slice(0, limit).map(toBookingRecord);
    return pageOf(items, rows.length > limit, (b) => ({ at: dateToCursorAt(b.date), id: b.id }));
  }

  const listBookedOnDay = (date: string) => listWhere({ date, state: 'booked' }, 'bookings.listBookedOnDay');

  /** The bookings promoted under `promotedBy` (a cancelled booking's id, or an updateSlot's tag). */
  const listPromotedBy = (slotId: string, promotedBy: string) =>
    listWhere({ slotId, promotedFrom: promotedBy }, 'bookings.listPromotedBy');

  /** The booking that took the seat of cancelled booking `id`, if any. */
  async function promotedInto(id: string): Promise<BookingRecord | null> {
    const cancelled = await findDocumentById(bookings(), id, 'bookings.promotedInto');
    if (!cancelled) return null;
    const [promoted] = await listPromotedBy(cancelled.slotId as string, id);
    return promoted ?? null;
  }

  return { listBySlot, listWaitlisted, listByResident, listBookedOnDay, listPromotedBy, promotedInto };
}
