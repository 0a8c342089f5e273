import type { AuditEntry } from '@domain/contract';
import type { CursorPosition } from '@domain/pagination';
import type { AuditRepository, Page } from '../../ports/storage';
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

  async function newestFirst(
    filter: Record<string, unknown>,
    after: CursorPosition | null,
    limit: number,
    operation: string,
  ): Promise<Page<AuditEntry>> {
    const { documents, hasMore } = await fetchNewestFirst(entries(), db.command, {
      filter,
      after,
      limit,
      timeField: 'at',
      idField: '_id',
      operation,
    });
    return pageOf(documents.map(toAuditEntry), hasMore, (entry) => ({ at: entry.at, id: entry.id }));
  }

  return {
    async append(entry) {
      // Commands derive entry ids from the request id: a retry finds its line written and skips it.
      await insertIfAbsent(entries(), toDocument(entry), 'audit.append');
    },

    async findById(id) {
      const stored = await findDocumentById(entries(), id, 'audit.findById');
      return stored ? toAuditEntry(stored) : null;
    },

    list: ({ after, limit }) => newestFirst({}, after, limit, 'audit.list'),

    // The (at, _id) index with the action filtered on it: the two actions are most of the log.
    listByActions: (actions, { after, limit }) =>
      newestFirst({ action: db.command.in([...actions]) }, after, limit, 'audit.listByActions'),
  };
}
