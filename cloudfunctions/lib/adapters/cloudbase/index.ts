import type { Storage } from '../../ports/storage';
import { createAuditRepository } from './audit';
import { collectionNames } from './collections';
import type { CloudbaseDb } from './database';
import { createIdempotencyRepository } from './idempotency';
import { createCloudbaseMattersStorage } from './mattersStorage';
import { createCloudbaseNotificationsStorage } from './notificationsStorage';
import { createPhotoCheckRepository } from './photoChecks';
import { createPlaceRepository } from './places';
import { createUserRepository } from './users';
import { createCloudbaseVisitsStorage } from './visitsStorage';

export {
  collectionNames,
  DEFAULT_COLLECTION_PREFIX,
  ensureCloudbaseCollections,
  type CollectionKey,
  type CollectionNames,
} from './collections';
export { CloudbaseCallError, type CloudbaseDb } from './database';
export { cloudbaseCollectionSetup, type CollectionSetup, type IndexSpec } from './indexes';
export { createCloudbaseMattersStorage, type CloudbaseMattersStorage } from './mattersStorage';
export { createCloudbaseNotificationsStorage, type CloudbaseNotificationsStorage } from './notificationsStorage';
export { createCloudbaseVisitsStorage, type CloudbaseVisitsStorage } from './visitsStorage';

export interface CloudbaseStorageOptions {
  /** Prefix of every collection name; `mq_` unless a test keeps its data apart. */
  prefix?: string;
}

/**
 * The production storage on the CloudBase database. Give it `tcb.init({ env }).database()`.
 * The collections must exist (see `ensureCloudbaseCollections`) and should carry the indexes and
 * the admin-only permission listed in `indexes.ts`.
 */
export function createCloudbaseStorage(db: CloudbaseDb, options: CloudbaseStorageOptions = {}): Storage {
  const names = collectionNames(options.prefix);
  return {
    users: createUserRepository(db, names.users),
    places: createPlaceRepository(db, names),
    audit: createAuditRepository(db, names.audit),
    idempotency: createIdempotencyRepository(db, names.idempotency),
    ...createCloudbaseMattersStorage(db, options),
    ...createCloudbaseVisitsStorage(db, options),
    photoChecks: createPhotoCheckRepository(db, names.photoChecks),
    ...createCloudbaseNotificationsStorage(db, options),
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
