import type Database from 'better-sqlite3';
import type { NotificationKind, NotificationRefType } from '@domain/notifications/kinds';
import type { InboxEntry, InboxRepository } from '../../ports/notifications';
import { rowsAfter, toPage } from './keyset';

interface InboxRow {
  id: string;
  user_id: string;
  kind: string;
  ref_type: string;
  ref_id: string;
  title: string;
  text: string;
  created_at: number;
  read_at: number | null;
}

function toEntry(row: InboxRow): InboxEntry {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind as NotificationKind,
    refType: row.ref_type as NotificationRefType,
    refId: row.ref_id,
    title: row.title,
    text: row.text,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** The INSERT the notification writer uses: an entry that exists (same id) is left as it is. */
export function inboxInsert(db: Database.Database) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO inbox (id, user_id, kind, ref_type, ref_id, title, text, created_at, read_at)
     VALUES (@id, @userId, @kind, @refType, @refId, @title, @text, @createdAt, @readAt)`,
  );
  return (entry: InboxEntry) => insert.run(entry);
}

export function sqliteInbox(db: Database.Database): InboxRepository {
  const unread = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM inbox WHERE user_id = ? AND read_at IS NULL',
  );
  const markOne = db.prepare('UPDATE inbox SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL');
  const markAll = db.prepare('UPDATE inbox SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  const markManyTx = db.transaction((userId: string, ids: readonly string[], now: number) => {
    for (const id of new Set(ids)) markOne.run(now, id, userId);
  });
  return {
    async list(userId, after, limit) {
      const where = rowsAfter('created_at', 'id', 'newest', after);
      const rows = db
        .prepare<
          unknown[],
          InboxRow
        >(`SELECT * FROM inbox WHERE user_id = @userId AND ${where.sql} ORDER BY created_at DESC, id DESC LIMIT @limit`)
        .all({ userId, ...where.params, limit: limit + 1 });
      return toPage(rows.map(toEntry), limit, (e) => ({ at: e.createdAt, id: e.id }));
    },
    async unreadCount(userId) {
      return unread.get(userId)!.n;
    },
    async markRead(userId, ids, now) {
      markManyTx(userId, ids, now);
    },
    async markAllRead(userId, now) {
      markAll.run(now, userId);
    },
  };
}
