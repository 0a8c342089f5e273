import type Database from 'better-sqlite3';
import type {
  BookingRepository,
  SlotRepository,
  VisitDayMoveRepository,
  VisitRecordRepository,
} from '../../ports/visits';
import { sqliteBookings } from './bookings';
import { sqliteSlots } from './slots';
import { sqliteVisitDayMoves } from './visitDayMoves';
import { sqliteVisitRecords } from './visitRecords';

/** The 民意5来听 repositories over a database already migrated to version 5 or later. */
export function sqliteVisitsStorage(db: Database.Database): {
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
} {
  return {
    slots: sqliteSlots(db),
    bookings: sqliteBookings(db),
    visitRecords: sqliteVisitRecords(db),
    visitDayMoves: sqliteVisitDayMoves(db),
  };
}
