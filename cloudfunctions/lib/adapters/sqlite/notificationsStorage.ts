import type Database from 'better-sqlite3';
import type { InboxEntry, NotificationWriter, OutboxRow } from '../../ports/notifications';
import { inboxInsert, sqliteInbox } from './inbox';
import { sqliteJobRuns } from './jobRuns';
import { outboxInsert, sqliteOutbox } from './outbox';
import { sqliteSubscriptions } from './subscriptions';

/** Inbox, outbox, consent credits and timer marks on SQLite. */
export function sqliteNotificationsStorage(db: Database.Database) {
  const insertEntry = inboxInsert(db);
  const insertRow = outboxInsert(db);
  const recordTx = db.transaction((entries: readonly InboxEntry[], rows: readonly OutboxRow[]) => {
    for (const entry of entries) insertEntry(entry);
    for (const row of rows) insertRow(row);
  });
  const notifications: NotificationWriter = {
    async record(entries, rows) {
      recordTx(entries, rows);
    },
  };
  return {
    notifications,
    inbox: sqliteInbox(db),
    outbox: sqliteOutbox(db),
    subscriptions: sqliteSubscriptions(db),
    jobRuns: sqliteJobRuns(db),
  };
}
