import Database from 'better-sqlite3';
import type { Storage } from '../../ports/storage';
import { sqliteActivities } from './activities';
import { sqliteAudit } from './audit';
import { sqliteBookingCounts } from './bookingCounts';
import { sqliteBookingRetention } from './bookingRetention';
import { sqliteBodyMembers } from './bodyMembers';
import { sqliteBookings } from './bookings';
import { sqliteCases } from './cases';
import { sqliteCaseStats } from './caseStats';
import { sqliteServiceStats } from './serviceStats';
import { sqliteComments } from './comments';
import { sqliteConsultations } from './consultations';
import { sqliteDayMove } from './dayMove';
import { sqliteExportJobs } from './exportJobs';
import { sqliteHomeCounts } from './homeCounts';
import { sqliteVisitStats } from './visitStats';
import { sqliteHoursLedger } from './hoursLedger';
import { sqliteIdempotency } from './idempotency';
import { sqliteInbox } from './inbox';
import { sqliteJobRuns } from './jobRuns';
import { sqliteLedgerSources } from './ledgerSources';
import { sqliteMatters } from './matters';
import { sqliteMatterStats } from './matterStats';
import { migrate } from './migrations';
import { sqliteNotificationWriter } from './notificationWriter';
import { sqliteOrders } from './orders';
import { sqliteOutbox } from './outbox';
import { sqlitePersonalData } from './personalData';
import { sqlitePhotoChecks } from './photoChecks';
import { sqlitePlaces } from './places';
import { sqliteRouting } from './routing';
import { sqliteServiceSetup } from './serviceSetup';
import { sqliteSlots } from './slots';
import { sqliteSubscriptions } from './subscriptions';
import { sqliteUnitOfWork } from './unitOfWork';
import { sqliteUsers } from './users';
import { sqliteVisitDayMoves } from './visitDayMoves';
import { sqliteVisitRecords } from './visitRecords';
import { sqliteVolunteers } from './volunteers';
import { sqliteWalkIns } from './walkIns';

export interface SqliteStorage extends Storage {
  /** The open database, for the host's own needs (backups, benchmarks); services never see it. */
  readonly db: Database.Database;
  readonly schemaVersion: number;
}

/** Opens (or creates) the embedded database at `file` (':memory:' for tests) and migrates it. */
export function openSqliteStorage(file: string): SqliteStorage {
  const db = new Database(file);
  // WAL lets the host read while a write is in progress; NORMAL sync is safe with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const { to } = migrate(db);
  const bookings = sqliteBookings(db);
  const places = sqlitePlaces(db);
  return {
    db,
    schemaVersion: to,
    users: { ...sqliteUsers(db), ...sqliteBodyMembers(db) },
    places,
    audit: sqliteAudit(db),
    idempotency: sqliteIdempotency(db),
    matters: sqliteMatters(db),
    comments: sqliteComments(db),
    consultations: sqliteConsultations(db),
    photoChecks: sqlitePhotoChecks(db),
    slots: sqliteSlots(db),
    // The booking port is kept in four files: seats and the waitlist, walk-ins, moving a day, counts.
    bookings: {
      ...bookings,
      ...sqliteWalkIns(db),
      ...sqliteDayMove(db, bookings),
      ...sqliteBookingCounts(db),
      ...sqliteBookingRetention(db),
    },
    visitRecords: sqliteVisitRecords(db),
    visitDayMoves: sqliteVisitDayMoves(db, places),
    visitStats: sqliteVisitStats(db),
    volunteers: sqliteVolunteers(db),
    serviceSetup: sqliteServiceSetup(db),
    orders: sqliteOrders(db),
    hoursLedger: sqliteHoursLedger(db),
    activities: sqliteActivities(db),
    cases: sqliteCases(db),
    serviceStats: sqliteServiceStats(db),
    caseStats: sqliteCaseStats(db),
    routing: sqliteRouting(db),
    notifications: sqliteNotificationWriter(db),
    inbox: sqliteInbox(db),
    outbox: sqliteOutbox(db),
    subscriptions: sqliteSubscriptions(db),
    jobRuns: sqliteJobRuns(db),
    personalData: sqlitePersonalData(db),
    homeCounts: sqliteHomeCounts(db),
    matterStats: sqliteMatterStats(db),
    exportJobs: sqliteExportJobs(db),
    ledgerSources: sqliteLedgerSources(db),
    unitOfWork: sqliteUnitOfWork(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
