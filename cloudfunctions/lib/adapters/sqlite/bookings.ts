import type Database from 'better-sqlite3';
import { cursorAtToDate, dateToCursorAt } from '../dateCursor';
import type { CursorPosition } from '@domain/pagination';
import type { BookingState } from '@domain/visits/views';
import type { Page } from '../../ports/storage';
import { withFamily, type OnBehalfRecord } from '../../ports/onBehalf';
import type { BookingRecord, BookingSeatRepository, BookOutcome } from '../../ports/visits';
import { toPage } from './keyset';
import { jsonOrNull, parseJsonOrNull } from './queryHelpers';
import type { SlotRow } from './slots';

export interface BookingRow {
  id: string;
  slot_id: string;
  community_id: string;
  resident_id: string | null;
  walk_in_name: string;
  date: string;
  topic: string;
  address: string;
  phone: string;
  state: BookingState;
  cancel_reason: string;
  /** 红色代办 (v24): who booked for the resident, as JSON; NULL for the resident's own booking. */
  on_behalf_json: string | null;
  created_at: number;
  updated_at: number;
}

export function toBooking(row: BookingRow): BookingRecord {
  return {
    id: row.id,
    slotId: row.slot_id,
    communityId: row.community_id,
    residentId: row.resident_id,
    walkInName: row.walk_in_name,
    date: row.date,
    topic: row.topic,
    address: row.address,
    phone: row.phone,
    state: row.state,
    cancelReason: row.cancel_reason,
    onBehalf: onBehalfOf(row.on_behalf_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function onBehalfOf(json: string | null): OnBehalfRecord | null {
  const stored = parseJsonOrNull<OnBehalfRecord>(json);
  return stored ? withFamily(stored) : null;
}

/** The INSERT statement both bookings and walk-ins use, and its parameters from a record. */
export const insertBookingSql = `INSERT INTO bookings (id, slot_id, community_id, resident_id, walk_in_name, date, topic,
    address, phone, state, cancel_reason, on_behalf_json, created_at, updated_at)
  VALUES (@id, @slotId, @communityId, @residentId, @walkInName, @date, @topic, @address, @phone, @state,
    @cancelReason, @onBehalfJson, @createdAt, @updatedAt)`;

export function bookingParams(booking: BookingRecord) {
  const { onBehalf, ...fields } = booking;
  return { ...fields, onBehalfJson: jsonOrNull(onBehalf ?? null) };
}

const notCancelled = { cancelled: false, promoted: null } as const;
const slotClosed: BookOutcome = { outcome: 'slot_closed' };

export function sqliteBookings(db: Database.Database): BookingSeatRepository {
  const insert = db.prepare(insertBookingSql);
  const byId = db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE id = ?');
  const slotById = db.prepare<[string], SlotRow>('SELECT * FROM slots WHERE id = ?');
  // The WHERE repeats bookings_one_active_per_day's, so SQLite may answer from that index.
  const activeOfResident = db.prepare<[string, string], BookingRow>(
    `SELECT * FROM bookings WHERE resident_id = ? AND date = ? AND state IN ('booked', 'waitlisted')`,
  );
  // The seat test and the increment are one statement: a full slot matches no row.
  const takeSeat = db.prepare(
    `UPDATE slots SET seats_taken = seats_taken + 1 WHERE id = ? AND state = 'open' AND seats_taken < capacity`,
  );
  const freeSeat = db.prepare('UPDATE slots SET seats_taken = seats_taken - 1 WHERE id = ? AND seats_taken > 0');
  const markCancelled = db.prepare(
    `UPDATE bookings SET state = 'cancelled', cancel_reason = ?, updated_at = ?
     WHERE id = ? AND state IN ('booked', 'waitlisted')`,
  );
  const waitlistHead = db.prepare<[string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND state = 'waitlisted' ORDER BY created_at, id LIMIT 1`,
  );
  const promote = db.prepare(`UPDATE bookings SET state = 'booked', updated_at = ?, promoted_from = ? WHERE id = ?`);
  const promotedFrom = db.prepare<[string, string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = (SELECT slot_id FROM bookings WHERE id = ?) AND promoted_from = ?`,
  );
  const promotedByTag = db.prepare<[string, string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND promoted_from = ? ORDER BY created_at, id`,
  );
  const setAttendance = db.prepare(
    `UPDATE bookings SET state = ?, updated_at = ? WHERE id = ? AND state IN ('booked', 'attended', 'no_show')`,
  );
  const seatHoldersOfSlot = db.prepare<[string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND state IN ('booked', 'attended', 'no_show') ORDER BY created_at, id`,
  );
  const waitlistOfSlot = db.prepare<[string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id = ? AND state = 'waitlisted' ORDER BY created_at, id`,
  );
  const waitlistOfSlots = db.prepare<[string], BookingRow>(
    `SELECT * FROM bookings WHERE slot_id IN (SELECT value FROM json_each(?)) AND state = 'waitlisted'
     ORDER BY slot_id, created_at, id`,
  );
  const bookedOnDay = db.prepare<[string], BookingRow>(`SELECT * FROM bookings WHERE date = ? AND state = 'booked'`);
  const residentPages = residentPageStatements(db);

  function store(booking: BookingRecord, state: 'booked' | 'waitlisted'): BookOutcome {
    const stored = { ...booking, state };
    insert.run(bookingParams(stored));
    return { outcome: state, booking: stored };
  }

  /** After a seat holder leaves: the waitlist's head takes the seat, or the seat is freed. */
  function passSeatOn(slotId: string, now: number, fromId: string): BookingRecord | null {
    // A cancelled slot's bookings are all being cancelled: promoting one would only notify in vain.
    const next = slotById.get(slotId)?.state === 'open' ? waitlistHead.get(slotId) : undefined;
    if (!next) {
      freeSeat.run(slotId);
      return null;
    }
    promote.run(now, fromId, next.id);
    return toBooking({ ...next, state: 'booked', updated_at: now });
  }

  // IMMEDIATE: the write lock is taken before the reads, so another connection to the same file
  // can neither slip in between the checks and the writes nor deadlock on the upgrade.
  const bookTx = db.transaction((booking: BookingRecord, waitlist: boolean): BookOutcome => {
    const slot = slotById.get(booking.slotId);
    if (!slot || slot.state !== 'open') return slotClosed;
    const existing = booking.residentId === null ? undefined : activeOfResident.get(booking.residentId, booking.date);
    if (existing) return { outcome: 'already_booked', existing: toBooking(existing) };
    if (takeSeat.run(slot.id).changes === 1) return store(booking, 'booked');
    return waitlist ? store(booking, 'waitlisted') : slotClosed;
  });

  const fillTx = db.transaction((slotId: string, now: number, promotedBy: string | null): BookingRecord[] => {
    const promoted: BookingRecord[] = [];
    for (
      let head = waitlistHead.get(slotId);
      head && takeSeat.run(slotId).changes === 1;
      head = waitlistHead.get(slotId)
    ) {
      promote.run(now, promotedBy, head.id);
      promoted.push(toBooking({ ...head, state: 'booked', updated_at: now }));
    }
    return promoted;
  });

  const raiseCapacity = db.prepare(
    "UPDATE slots SET capacity = @capacity, updated_at = @now WHERE id = @slotId AND state = 'open' AND capacity < @capacity",
  );
  // One transaction: the new seats and their promotions are one step, as raiseCapacityForWaitlist
  // promises; the service's slots.update then finds the capacity already set.
  const raiseTx = db.transaction((slotId: string, capacity: number, now: number, promotedBy: string | null) => {
    if (raiseCapacity.run({ slotId, capacity, now }).changes === 0) return [];
    return fillTx(slotId, now, promotedBy);
  });

  const cancelTx = db.transaction((id: string, reason: string, now: number) => {
    const row = byId.get(id);
    if (!row || markCancelled.run(reason, now, id).changes === 0) return notCancelled;
    const promoted = row.state === 'booked' ? passSeatOn(row.slot_id, now, id) : null;
    return { cancelled: true, promoted };
  });

  async function promotedInto(id: string): Promise<BookingRecord | null> {
    const row = promotedFrom.get(id, id);
    return row ? toBooking(row) : null;
  }

  return {
    async book(booking, options) {
      return bookTx.immediate(booking, options.waitlist);
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toBooking(row) : null;
    },
    async cancel(id, reason, now) {
      return cancelTx.immediate(id, reason, now);
    },
    promotedInto,
    // A cancel is one transaction here: a failed attempt left nothing to finish, only whom it promoted.
    finishCancel: promotedInto,
    async fillFromWaitlist(slotId, now, promotedBy) {
      return fillTx.immediate(slotId, now, promotedBy ?? null);
    },
    async raiseCapacityForWaitlist(slotId, capacity, now, promotedBy) {
      return raiseTx.immediate(slotId, capacity, now, promotedBy ?? null);
    },
    async listPromotedBy(slotId, promotedBy) {
      return promotedByTag.all(slotId, promotedBy).map(toBooking);
    },
    async setAttendance(id, state, now) {
      try {
        return setAttendance.run(state, now, id).changes === 1;
      } catch (error) {
        // Back to "booked" while the resident already holds another active booking that day:
        // the one-active-booking index refuses it, and so does the port (false, as on CloudBase).
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
        throw error;
      }
    },
    async listBySlot(slotId) {
      // Two ordered range scans instead of one sort: seat holders first, then the waitlist.
      return [...seatHoldersOfSlot.all(slotId), ...waitlistOfSlot.all(slotId)].map(toBooking);
    },
    async listWaitlisted(slotIds) {
      if (slotIds.length === 0) return [];
      return waitlistOfSlots.all(JSON.stringify(slotIds)).map(toBooking);
    },
    async listByResident(residentId, when, today, after, limit) {
      return residentPages[when](residentId, today, after, limit);
    },
    async listBookedOnDay(date) {
      return bookedOnDay.all(date).map(toBooking);
    },
  };
}

type ResidentPage = (
  residentId: string,
  today: string,
  after: CursorPosition | null,
  limit: number,
) => Page<BookingRecord>;

/**
 * Upcoming reads bookings_by_resident forwards from today, past backwards from the day before.
 * Without a cursor the row-value bound is (today, ''): ids are never empty, so it lets every
 * upcoming row through and is above every past one; the date test does the rest.
 */
function residentPageStatements(db: Database.Database): Record<'upcoming' | 'past', ResidentPage> {
  const upcoming = db.prepare<unknown[], BookingRow>(
    `SELECT * FROM bookings WHERE resident_id = @residentId AND date >= @today AND (date, id) > (@date, @id)
     ORDER BY date, id LIMIT @limit`,
  );
  const past = db.prepare<unknown[], BookingRow>(
    `SELECT * FROM bookings WHERE resident_id = @residentId AND date < @today AND (date, id) < (@date, @id)
     ORDER BY date DESC, id DESC LIMIT @limit`,
  );
  function pageWith(statement: Database.Statement<unknown[], BookingRow>): ResidentPage {
    return (residentId, today, after, limit) => {
      const position = after ? { date: cursorAtToDate(after.at), id: after.id } : { date: today, id: '' };
      const rows = statement.all({ residentId, today, ...position, limit: limit + 1 }).map(toBooking);
      return toPage(rows, limit, (b) => ({ at: dateToCursorAt(b.date), id: b.id }));
    };
  }
  return { upcoming: pageWith(upcoming), past: pageWith(past) };
}
