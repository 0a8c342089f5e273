import type Database from 'better-sqlite3';
import type {
  BookingRepository,
  SlotRepository,
  VisitDayMoveRepository,
  VisitRecordRepository,
} from '../../ports/visits';
import { sqliteBookingCounts } from './bookingCounts';
import { sqliteBookings } from './bookings';
import { sqliteDayMove } from './dayMove';
import { sqliteSlots } from './slots';
import { sqliteVisitDayMoves } from './visitDayMoves';
import { sqliteVisitRecords } from './visitRecords';
import { sqliteWalkIns } from './walkIns';

/** The 民意5来听 repositories over a database already migrated to version 5 or later. */
export function sqliteVisitsStorage(db: Database.Database): {
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
} {
  const bookings = sqliteBookings(db);
  return {
    slots: sqliteSlots(db),
    bookings: { ...bookings, ...sqliteWalkIns(db), ...sqliteDayMove(db, bookings), ...sqliteBookingCounts(db) },
    visitRecords: sqliteVisitRecords(db),
    visitDayMoves: sqliteVisitDayMoves(db),
  };
}
