import type Database from 'better-sqlite3';
import type { InboxEntry, NotificationWriter, OutboxRow } from '../../ports/notifications';
import { inboxInsert } from './inbox';
import { outboxInsert } from './outbox';

/** Writes a notification's inbox entries and outbox rows in one transaction. */
export function sqliteNotificationWriter(db: Database.Database): NotificationWriter {
  const insertEntry = inboxInsert(db);
  const insertRow = outboxInsert(db);
  const recordTx = db.transaction((entries: readonly InboxEntry[], rows: readonly OutboxRow[]) => {
    for (const entry of entries) insertEntry(entry);
    for (const row of rows) insertRow(row);
  });
  return {
    async record(entries, rows) {
      recordTx(entries, rows);
    },
  };
}
