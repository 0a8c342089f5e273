import type {
  BookingRepository,
  SlotRepository,
  VisitDayMoveRepository,
  VisitRecordRepository,
} from '../../ports/visits';
import { createBookingCounts } from './bookingCounts';
import { createBookingRepository } from './bookings';
import { collectionNames } from './collections';
import type { CloudbaseDb } from './database';
import { createDayMove } from './dayMove';
import { createSlotRepository } from './slots';
import { createVisitDayMoveRepository } from './visitDayMoves';
import { createVisitRecordRepository } from './visitRecords';
import { createWalkIns } from './walkIns';

export interface CloudbaseVisitsStorage {
  slots: SlotRepository;
  bookings: BookingRepository;
  visitRecords: VisitRecordRepository;
  visitDayMoves: VisitDayMoveRepository;
}

/**
 * 民意5来听 on the CloudBase database. Its collections (slots, bookings, activeBookings,
 * visitRecords, visitDayMoves) are created by `ensureCloudbaseCollections` with the others, and
 * their indexes are listed in `indexes.ts`. How seats stay within capacity without multi-document
 * transactions is told in `bookings.ts`.
 */
export function createCloudbaseVisitsStorage(
  db: CloudbaseDb,
  options: { prefix?: string } = {},
): CloudbaseVisitsStorage {
  const names = collectionNames(options.prefix);
  const bookings = createBookingRepository(db, names);
  return {
    slots: createSlotRepository(db, names),
    bookings: {
      ...bookings,
      ...createWalkIns(db, names),
      ...createDayMove(db, names, bookings),
      ...createBookingCounts(db, names),
    },
    visitRecords: createVisitRecordRepository(db, names),
    visitDayMoves: createVisitDayMoveRepository(db, names),
  };
}
