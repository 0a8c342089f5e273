import type { NotificationWriter } from '../../ports/notifications';
import type { CollectionNames } from './collections';
import { insertIfAbsent, succeeded, type CloudbaseCollection, type CloudbaseDb, type DocumentWithId } from './database';
import { toInboxDocument } from './inbox';
import { toOutboxDocument } from './outboxDocuments';

/**
 * Waits for every write, then throws the first failure. Promise.all would reject at the first
 * failure while the other writes are still in flight, and a function instance is frozen once its
 * call has answered: the call must not end before its writes have.
 */
async function settleAll(writes: Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(writes);
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Documents per batch insert: a matter with many followers must not make one oversized request. */
const DOCUMENTS_PER_BATCH = 50;

/**
 * Inserts each document under its own `_id` unless that `_id` is taken. The usual case (nothing
 * written yet) is one batch insert per chunk. When a batch fails for any reason (a retried call
 * whose documents exist, a concurrent writer, a duplicate inside the batch; how much of a failed
 * batch CloudBase kept is not documented), the chunk is written again one document at a time,
 * where a taken `_id` is told apart from a real failure: the result is the same whatever the
 * batch did, and a real failure still throws.
 */
async function insertAllIfAbsent(
  collection: () => CloudbaseCollection,
  documents: readonly DocumentWithId[],
  operation: string,
): Promise<void> {
  for (let start = 0; start < documents.length; start += DOCUMENTS_PER_BATCH) {
    const chunk = documents.slice(start, start + DOCUMENTS_PER_BATCH);
    try {
      succeeded(await collection().add(chunk), operation);
      continue;
    } catch {
      // Decided one by one below.
    }
    await settleAll(chunk.map((document) => insertIfAbsent(collection(), document, operation)));
  }
}

/**
 * The inbox entries and outbox rows of one notification. There is no transaction across
 * collections (and none with the change that caused them): the ids are deterministic, so a call
 * that crashed half way and is retried writes what was missing and leaves the rest untouched.
 */
export function createNotificationWriter(db: CloudbaseDb, names: CollectionNames): NotificationWriter {
  return {
    async record(entries, rows) {
      await settleAll([
        insertAllIfAbsent(() => db.collection(names.inbox), entries.map(toInboxDocument), 'notifications.record'),
        insertAllIfAbsent(() => db.collection(names.outbox), rows.map(toOutboxDocument), 'notifications.record'),
      ]);
    },
  };
}
