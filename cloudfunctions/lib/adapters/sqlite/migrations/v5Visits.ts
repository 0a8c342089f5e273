import type { Migration } from './migration';

export const v5Visits: Migration = {
  version: 5,
  name: '民意5来听: slots, bookings, visit records, visit day moves',
  // A community publishes a few slots per visit day and each takes a handful of bookings, but
  // bookings and records pile up over the years: every list below is a range scan of the index
  // named beside it.
  sql: `
    -- The CHECK is the last line of defence for "no slot is ever over capacity": a seat is taken
    -- by a conditional UPDATE inside the booking transaction, and this refuses anything else.
    CREATE TABLE slots (
      id TEXT PRIMARY KEY,
      community_id TEXT NOT NULL,
      cadre_id TEXT NOT NULL,
      date TEXT NOT NULL,
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      mode TEXT NOT NULL,
      place TEXT NOT NULL,
      capacity INTEGER NOT NULL CHECK (capacity >= 0),
      seats_taken INTEGER NOT NULL CHECK (seats_taken >= 0 AND seats_taken <= capacity),
      state TEXT NOT NULL CHECK (state IN ('open', 'cancelled')),
      cancel_reason TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- slots.listByDay: a community's day in (start, id) order.
    CREATE INDEX slots_by_community_day ON slots (community_id, date, start, id);
    -- slots.listByCadreDay: a cadre's day in (start, id) order.
    CREATE INDEX slots_by_cadre_day ON slots (cadre_id, date, start, id);
    -- slots.lastDayBefore: the cadre's days in one community, read backwards from a date.
    CREATE INDEX slots_by_cadre_community ON slots (cadre_id, community_id, date);

    CREATE TABLE bookings (
      id TEXT PRIMARY KEY,
      slot_id TEXT NOT NULL REFERENCES slots (id),
      community_id TEXT NOT NULL,
      resident_id TEXT,
      walk_in_name TEXT NOT NULL,
      date TEXT NOT NULL,
      topic TEXT NOT NULL,
      address TEXT NOT NULL,
      phone TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('booked', 'waitlisted', 'attended', 'no_show', 'cancelled')),
      cancel_reason TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- One active booking per resident per visit day, as a constraint rather than a
    -- check-then-insert; walk-ins (no resident) are left out. bookings.book looks the
    -- resident's active booking up through it.
    CREATE UNIQUE INDEX bookings_one_active_per_day ON bookings (resident_id, date)
      WHERE state IN ('booked', 'waitlisted') AND resident_id IS NOT NULL;
    -- bookings.listBySlot (seat holders in (created_at, id) order).
    CREATE INDEX bookings_by_slot ON bookings (slot_id, created_at, id);
    -- The waitlist of a slot in order: its head for the promotion in bookings.cancel, and the
    -- tail of bookings.listBySlot.
    CREATE INDEX bookings_waitlist ON bookings (slot_id, created_at, id) WHERE state = 'waitlisted';
    -- bookings.listByResident, upcoming (forwards) and past (backwards).
    CREATE INDEX bookings_by_resident ON bookings (resident_id, date, id);
    -- bookings.listBookedOnDay: only booked bookings are in this index.
    CREATE INDEX bookings_booked_by_day ON bookings (date) WHERE state = 'booked';

    -- The follow-up is kept in columns (all NULL when there is none) so open follow-ups can be
    -- indexed. UNIQUE booking_id: one record per booking (NULLs, visits without one, never clash).
    CREATE TABLE visit_records (
      id TEXT PRIMARY KEY,
      booking_id TEXT UNIQUE,
      slot_id TEXT NOT NULL,
      cadre_id TEXT NOT NULL,
      community_id TEXT NOT NULL,
      resident_id TEXT,
      date TEXT NOT NULL,
      seen TEXT NOT NULL,
      heard TEXT NOT NULL,
      solved TEXT NOT NULL,
      suggested TEXT NOT NULL,
      photos_json TEXT NOT NULL,
      follow_up_due_date TEXT,
      follow_up_note TEXT,
      follow_up_state TEXT CHECK (follow_up_state IN ('open', 'closed')),
      follow_up_outcome TEXT,
      follow_up_closed_at INTEGER,
      matter_id TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    -- visitRecords.openFollowUps({ cadreId }): only open follow-ups are in this index.
    CREATE INDEX visit_records_open_by_cadre ON visit_records (cadre_id, follow_up_due_date, id)
      WHERE follow_up_state = 'open';
    -- visitRecords.openFollowUps({ communityIds }): one range per community, merged in order.
    CREATE INDEX visit_records_open_by_community ON visit_records (community_id, follow_up_due_date, id)
      WHERE follow_up_state = 'open';

    -- The primary key is "one move per community per original date", and serves
    -- visitDayMoves.listForCommunity by original date.
    CREATE TABLE visit_day_moves (
      community_id TEXT NOT NULL,
      original_date TEXT NOT NULL,
      moved_to TEXT NOT NULL,
      reason TEXT NOT NULL,
      moved_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      PRIMARY KEY (community_id, original_date)
    ) WITHOUT ROWID;
    -- visitDayMoves.listForCommunity by new date.
    CREATE INDEX visit_day_moves_by_moved_to ON visit_day_moves (community_id, moved_to);
  `,
};
