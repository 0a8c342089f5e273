import type { OutboxRepository, OutboxRow } from '../../ports/notifications';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { createDigestGate } from './digestGate';
import { resultChanges, toOutboxRow } from './outboxDocuments';
import { fetchNewestFirst, pageOf } from './paging';

/**
 * The subscribe-message outbox. Every state change is one single-document write conditional on
 * the state it leaves (a claim on pending-and-due or an expired lease, a finish on the holder's
 * token, a requeue on failed): dispatchers racing for a row need no transaction, because the
 * database applies each conditional update to one document atomically and reports `updated`.
 */
export function createOutboxRepository(db: CloudbaseDb, names: CollectionNames): OutboxRepository {
  const _ = db.command;
  const rows = () => db.collection(names.outbox);

  async function findById(id: string): Promise<OutboxRow | null> {
    const stored = await findDocumentById(rows(), id, 'outbox.findById');
    return stored ? toOutboxRow(stored) : null;
  }

  /** Up to `limit` rows matching `filter`, ascending on (field, _id). */
  async function oldestFirst(filter: object, field: string, limit: number): Promise<OutboxRow[]> {
    if (limit <= 0) return [];
    const reply = await rows().where(filter).orderBy(field, 'asc').orderBy('_id', 'asc').limit(limit).get();
    return rowsOf(reply, 'outbox.due').map(toOutboxRow);
  }

  return {
    async due(now, limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(`outbox.due: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`);
      }
      // Two index ranges rather than one `_.or`: each is served by its own index in its own order,
      // and rows whose dispatcher died (lease expired) only fill what the due ones leave.
      const pending = await oldestFirst({ status: 'pending', notBefore: _.lte(now) }, 'notBefore', limit);
      const abandoned = await oldestFirst(
        { status: 'sending', claimedUntil: _.lt(now) },
        'claimedUntil',
        limit - pending.length,
      );
      return [...pending, ...abandoned];
    },

    async claim(id, token, now, leaseMs) {
      const claimable = _.or([
        { status: 'pending', notBefore: _.lte(now) },
        { status: 'sending', claimedUntil: _.lt(now) },
      ]);
      const reply = await rows()
        .where(_.and([{ _id: id }, claimable]))
        .update({ status: 'sending', claimToken: token, claimedUntil: now + leaseMs, updatedAt: now });
      if (countOf(reply, 'updated', 'outbox.claim') !== 1) return null;
      const claimed = await findById(id);
      // A lease of ~0 ms could already have been taken over again; then it is not ours to send.
      return claimed?.claimToken === token ? claimed : null;
    },

    async markCreditTaken(id, token, now) {
      const reply = await rows()
        .where({ _id: id, status: 'sending', claimToken: token })
        .update({ creditTaken: true, updatedAt: now });
      return countOf(reply, 'updated', 'outbox.markCreditTaken') === 1;
    },

    async finish(id, token, result, now) {
      // The result's status is never 'sending', so a matched row always changes and counts.
      const reply = await rows()
        .where({ _id: id, status: 'sending', claimToken: token })
        .update(resultChanges(result, now));
      return countOf(reply, 'updated', 'outbox.finish') === 1;
    },

    async newerInDigest(row) {
      if (row.digestKey === null) return null;
      const newer = _.or([{ createdAt: _.gt(row.createdAt) }, { createdAt: row.createdAt, _id: _.gt(row.id) }]);
      const reply = await rows()
        // A sent row counts too: it already carried this row's news, so this one is merged into it.
        .where(_.and([{ digestKey: row.digestKey, status: _.in(['pending', 'sending', 'sent']) }, newer]))
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(1)
        .get();
      const [found] = rowsOf(reply, 'outbox.newerInDigest');
      return found ? toOutboxRow(found) : null;
    },

    takeDigest: createDigestGate(db, names.digests),

    async listForUser(userId, after, limit) {
      const { documents, hasMore } = await fetchNewestFirst(rows(), _, {
        filter: { userId },
        after,
        limit,
        timeField: 'createdAt',
        idField: '_id',
        operation: 'outbox.listForUser',
      });
      return pageOf(documents.map(toOutboxRow), hasMore, (row) => ({ at: row.createdAt, id: row.id }));
    },

    async listFailed(communityIds, after, limit) {
      const unique = [...new Set(communityIds)];
      if (unique.length === 0) return { items: [], next: null };
      const { documents, hasMore } = await fetchNewestFirst(rows(), _, {
        filter: { status: 'failed', communityId: _.in(unique) },
        after,
        limit,
        timeField: 'updatedAt',
        idField: '_id',
        operation: 'outbox.listFailed',
      });
      return pageOf(documents.map(toOutboxRow), hasMore, (row) => ({ at: row.updatedAt, id: row.id }));
    },

    findById,

    async requeue(id, now, message) {
      const reply = await rows()
        .where({ _id: id, status: 'failed' })
        // _.set replaces `data` whole: a plain object would be merged key by key (dotted paths),
        // leaving fields of the old template behind.
        .update({
          status: 'pending',
          notBefore: now,
          attempts: 0,
          lastError: '',
          updatedAt: now,
          templateId: message.templateId,
          data: _.set(message.data),
        });
      return countOf(reply, 'updated', 'outbox.requeue') === 1;
    },
  };
}
