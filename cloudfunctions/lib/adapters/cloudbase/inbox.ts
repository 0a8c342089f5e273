import type { InboxEntry, InboxRepository } from '../../ports/notifications';
import { countOf, type CloudbaseDb, type StoredDocument } from './database';
import { totalOf } from './keysetPages';
import { fetchNewestFirst, pageOf } from './paging';

/**
 * An inbox entry as stored: `_id` is the entry id, which `notify` derives from (user, dedupe
 * key), so writing the same notification twice finds the first copy (see notificationWriter.ts).
 */
export type InboxDocument = Omit<InboxEntry, 'id'> & { _id: string };

export function toInboxDocument(entry: InboxEntry): InboxDocument {
  const { id, ...fields } = entry;
  return { _id: id, ...fields };
}

function toInboxEntry(stored: StoredDocument): InboxEntry {
  const document = stored as unknown as InboxDocument;
  return {
    id: document._id,
    userId: document.userId,
    kind: document.kind,
    refType: document.refType,
    refId: document.refId,
    title: document.title,
    text: document.text,
    createdAt: document.createdAt,
    readAt: document.readAt ?? null,
  };
}

/** A page's worth of ids per `_.in`: the client marks what it shows, so this is one query in practice. */
const IDS_PER_MARK = 100;

export function createInboxRepository(db: CloudbaseDb, collectionName: string): InboxRepository {
  const _ = db.command;
  const entries = () => db.collection(collectionName);

  /** readAt: null matches unread entries only, so a second mark keeps the first reading time. */
  async function markWhere(filter: Record<string, unknown>, now: number, operation: string): Promise<void> {
    countOf(await entries().where(filter).update({ readAt: now }), 'updated', operation);
  }

  return {
    async list(userId, after, limit) {
      const { documents, hasMore } = await fetchNewestFirst(entries(), _, {
        filter: { userId },
        after,
        limit,
        timeField: 'createdAt',
        idField: '_id',
        operation: 'inbox.list',
      });
      return pageOf(documents.map(toInboxEntry), hasMore, (entry) => ({ at: entry.createdAt, id: entry.id }));
    },

    async unreadCount(userId) {
      return totalOf(await entries().where({ userId, readAt: null }).count(), 'inbox.unreadCount');
    },

    async markRead(userId, ids, now) {
      const unique = [...new Set(ids)];
      for (let start = 0; start < unique.length; start += IDS_PER_MARK) {
        const chunk = unique.slice(start, start + IDS_PER_MARK);
        // userId in the filter: another user's ids match nothing, whatever the client sends.
        await markWhere({ userId, _id: _.in(chunk), readAt: null }, now, 'inbox.markRead');
      }
    },

    async markAllRead(userId, now) {
      await markWhere({ userId, readAt: null }, now, 'inbox.markAllRead');
    },
  };
}
