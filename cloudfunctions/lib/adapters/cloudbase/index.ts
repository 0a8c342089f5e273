import type { Storage } from '../../ports/storage';
import { createAuditRepository } from './audit';
import { createBodyMembers } from './bodyMembers';
import { createBookingCounts } from './bookingCounts';
import { createBookingRetention } from './bookingRetention';
import { createBookingRepository } from './bookings';
import { createCaseRepository } from './cases';
import { createCaseStatsRepository } from './caseStats';
import { createServiceStatsRepository } from './serviceStats';
import { collectionNames } from './collections';
import { createCommentRepository } from './comments';
import { createConsultationRepository } from './consultations';
import type { CloudbaseDb } from './database';
import { createDayMove } from './dayMove';
import { createExportJobRepository } from './exportJobs';
import { createHomeCounts } from './homeCounts';
import { createMatterStats } from './matterStats';
import { createLedgerSources } from './ledgerSources';
import { createHoursLedgerRepository } from './hoursLedger';
import { createActivityRepository } from './activities';
import { createIdempotencyRepository } from './idempotency';
import { createInboxRepository } from './inbox';
import { createJobRunRepository } from './jobRuns';
import { createMatterRepository } from './matters';
import { createNotificationWriter } from './notificationWriter';
import { createOrderRepository } from './orders';
import { createOutboxRepository } from './outbox';
import { createPersonalData } from './personalData';
import { createPhotoCheckRepository } from './photoChecks';
import { createPlaceRepository } from './places';
import { createRoutingRepository } from './routing';
import { createServiceSetupRepository } from './serviceSetup';
import { createSlotRepository } from './slots';
import { createSubscriptionRepository } from './subscriptions';
import { createUserRepository } from './users';
import { createVisitDayMoveRepository } from './visitDayMoves';
import { createVisitRecordRepository } from './visitRecords';
import { createVisitStats } from './visitStats';
import { createVolunteerRepository } from './volunteers';
import { createWalkIns } from './walkIns';

export {
  collectionNames,
  DEFAULT_COLLECTION_PREFIX,
  ensureCloudbaseCollections,
  type CollectionKey,
  type CollectionNames,
} from './collections';
export { CloudbaseCallError, type CloudbaseDb } from './database';
export { cloudbaseCollectionSetup, type CollectionSetup, type IndexSpec } from './indexes';

export interface CloudbaseStorageOptions {
  /** Prefix of every collection name; `mq_` unless a test keeps its data apart. */
  prefix?: string;
}

/**
 * The production storage on the CloudBase database. Give it `tcb.init({ env }).database()`.
 * The collections must exist (see `ensureCloudbaseCollections`) and should carry the indexes and
 * the admin-only permission listed in `indexes.ts`. How seats stay within capacity without
 * multi-document transactions is told in `bookings.ts`; every notification race (two dispatchers,
 * two timer firings, two sends on the last credit) is settled by a single-document conditional
 * write or `_id` uniqueness.
 */
export function createCloudbaseStorage(db: CloudbaseDb, options: CloudbaseStorageOptions = {}): Storage {
  const names = collectionNames(options.prefix);
  const bookings = createBookingRepository(db, names);
  return {
    users: { ...createUserRepository(db, names.users), ...createBodyMembers(db, names.users) },
    places: createPlaceRepository(db, names),
    audit: createAuditRepository(db, names.audit),
    idempotency: createIdempotencyRepository(db, names.idempotency),
    matters: createMatterRepository(db, names),
    comments: createCommentRepository(db, names),
    consultations: createConsultationRepository(db, names.consultations),
    slots: createSlotRepository(db, names),
    // The booking port is kept in four files: seats and the waitlist, walk-ins, moving a day, counts.
    bookings: {
      ...bookings,
      ...createWalkIns(db, names),
      ...createDayMove(db, names, bookings),
      ...createBookingCounts(db, names),
      ...createBookingRetention(db, names),
    },
    visitRecords: createVisitRecordRepository(db, names),
    visitDayMoves: createVisitDayMoveRepository(db, names),
    visitStats: createVisitStats(db, names),
    volunteers: createVolunteerRepository(db, names),
    serviceSetup: createServiceSetupRepository(db, names),
    orders: createOrderRepository(db, names),
    hoursLedger: createHoursLedgerRepository(db, names),
    activities: createActivityRepository(db, names),
    cases: createCaseRepository(db, names),
    serviceStats: createServiceStatsRepository(db, names),
    caseStats: createCaseStatsRepository(db, names),
    routing: createRoutingRepository(db, names),
    photoChecks: createPhotoCheckRepository(db, names.photoChecks),
    notifications: createNotificationWriter(db, names),
    inbox: createInboxRepository(db, names.inbox),
    outbox: createOutboxRepository(db, names),
    subscriptions: createSubscriptionRepository(db, names.subscriptions),
    jobRuns: createJobRunRepository(db, names.jobRuns),
    personalData: createPersonalData(db, names),
    homeCounts: createHomeCounts(db, names),
    matterStats: createMatterStats(db, names),
    exportJobs: createExportJobRepository(db, names),
    ledgerSources: createLedgerSources(db, names),
    // No multi-document transaction here: CloudBase's carry only single-document calls (a
    // where().update() inside one silently runs outside it), and the repositories above keep
    // their invariants with single-document conditional writes and `_id` uniqueness instead.
    // What a unit would protect, a change and the notifications it causes, rests on deterministic
    // inbox and outbox ids: a call retried after a crash writes what was missing and finds the
    // rest (notificationWriter.ts). So a unit that throws keeps what it wrote before the throw,
    // and nested units are plain calls.
    unitOfWork: (work) => work(),
    // Every call is its own HTTPS request: there is no connection to close.
    close: async () => {},
  };
}
