import type {
  InboxRepository,
  JobRunRepository,
  NotificationWriter,
  OutboxRepository,
  SubscriptionRepository,
} from '../../ports/notifications';
import { collectionNames } from './collections';
import type { CloudbaseDb } from './database';
import { createInboxRepository } from './inbox';
import { createJobRunRepository } from './jobRuns';
import { createNotificationWriter } from './notificationWriter';
import { createOutboxRepository } from './outbox';
import { createSubscriptionRepository } from './subscriptions';

export interface CloudbaseNotificationsStorage {
  notifications: NotificationWriter;
  inbox: InboxRepository;
  outbox: OutboxRepository;
  subscriptions: SubscriptionRepository;
  jobRuns: JobRunRepository;
}

/**
 * Notifications on the CloudBase database. Its collections (inbox, outbox, digests,
 * subscriptions, jobRuns) are created by `ensureCloudbaseCollections` with the others, and their
 * indexes are listed in `indexes.ts`. Every race (two dispatchers, two timer firings, two sends
 * on the last credit) is settled by a single-document conditional write or `_id` uniqueness.
 */
export function createCloudbaseNotificationsStorage(
  db: CloudbaseDb,
  options: { prefix?: string } = {},
): CloudbaseNotificationsStorage {
  const names = collectionNames(options.prefix);
  return {
    notifications: createNotificationWriter(db, names),
    inbox: createInboxRepository(db, names.inbox),
    outbox: createOutboxRepository(db, names),
    subscriptions: createSubscriptionRepository(db, names.subscriptions),
    jobRuns: createJobRunRepository(db, names.jobRuns),
  };
}
