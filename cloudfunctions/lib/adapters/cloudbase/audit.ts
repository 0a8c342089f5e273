import type { AuditEntry } from '@domain/contract';
import type { AuditRepository } from '../../ports/storage';
import { findDocumentById, insertIfAbsent, type CloudbaseDb, type StoredDocument } from './database';
import { fetchNewestFirst, pageOf } from './paging';

/** An audit entry as stored: `_id` is the entry id; `before`/`after` stay objects, readable in the console. */
type AuditDocument = Omit<AuditEntry, 'id'> & { _id: string };

function toDocument(entry: AuditEntry): AuditDocument {
  const { id, ...fields } = entry;
  return { _id: id, ...fields };
}

export function toAuditEntry(stored: StoredDocument): AuditEntry {
  const document = stored as unknown as AuditDocument;
  return {
    id: document._id,
    actorId: document.actorId,
    actorName: document.actorName,
    action: document.action,
    targetType: document.targetType,
    targetId: document.targetId,
    communityId: document.communityId,
    before: document.before,
    after: document.after,
    at: document.at,
  };
}

export function createAuditRepository(db: CloudbaseDb, collectionName: string): AuditRepository {
  const entries = () => db.collection(collectionName);

  return {
    async append(entry) {
      // Commands derive entry ids from the request id: a retry finds its line written and skips it.
      await insertIfAbsent(entries(), toDocument(entry), 'audit.append');
    },

    async findById(id) {
      const stored = await findDocumentById(entries(), id, 'audit.findById');
      return stored ? toAuditEntry(stored) : null;
    },

    async list({ after, limit }) {
      const { documents, hasMore } = await fetchNewestFirst(entries(), db.command, {
        filter: {},
        after,
        limit,
        timeField: 'at',
        idField: '_id',
        operation: 'audit.list',
      });
      return pageOf(documents.map(toAuditEntry), hasMore, (entry) => ({ at: entry.at, id: entry.id }));
    },
  };
}
