import type { VisitRecordRecord, VisitRecordRepository } from '../../ports/visitRecords';
import type { CollectionNames } from './collections';
import {
  countOf,
  findFirstDocument,
  MAX_ROWS_PER_GET,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { allOf, fetchByIds, type Condition } from './keysetPages';

/**
 * A visit record (民情日记) as stored. One record per booking rests on `_id` uniqueness: the
 * record of a booking is stored under `booking:<bookingId>`, so saving a record for a booking
 * replaces whatever record it had, in one write, whatever runs concurrently. A record without a
 * booking is stored under `record:<id>`. The record's own id is the `id` field (indexed).
 */
type VisitRecordDocument = VisitRecordRecord & { _id: string };

export function visitRecordKey(record: Pick<VisitRecordRecord, 'id' | 'bookingId'>): string {
  return record.bookingId !== null ? `booking:${record.bookingId}` : `record:${record.id}`;
}

export function toVisitRecordRecord(stored: StoredDocument): VisitRecordRecord {
  const document = stored as unknown as VisitRecordDocument;
  return {
    id: document.id,
    bookingId: document.bookingId,
    slotId: document.slotId,
    cadreId: document.cadreId,
    communityId: document.communityId,
    residentId: document.residentId,
    date: document.date,
    seen: document.seen,
    heard: document.heard,
    solved: document.solved,
    suggested: document.suggested,
    photos: document.photos,
    followUp: document.followUp,
    matterId: document.matterId,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

function checkLimit(limit: number, operation: string): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
    throw new RangeError(`${operation}: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`);
  }
}

export function createVisitRecordRepository(db: CloudbaseDb, names: CollectionNames): VisitRecordRepository {
  const _ = db.command;
  const records = () => db.collection(names.visitRecords);

  async function findById(id: string): Promise<VisitRecordRecord | null> {
    const stored = await findFirstDocument(records(), { id }, 'visitRecords.findById');
    return stored ? toVisitRecordRecord(stored) : null;
  }

  /** The open follow-ups that match, soonest due first (then by id). */
  async function openFollowUpsWhere(condition: Condition, limit: number, operation: string) {
    const reply = await records()
      .where(condition)
      .orderBy('followUp.dueDate', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .get();
    return rowsOf(reply, operation).map(toVisitRecordRecord);
  }

  return {
    async save(record) {
      const key = visitRecordKey(record);
      // set() writes the whole document (followUp included, never as dotted paths), inserting it
      // under this _id if it is new: create and replace are one single-document write.
      succeeded(
        await records()
          .doc(key)
          .set({ ...record }),
        'visitRecords.save',
      );
      // The same record stored under another key (its booking changed): that copy goes.
      succeeded(
        await records()
          .where({ id: record.id, _id: _.neq(key) })
          .remove(),
        'visitRecords.save',
      );
    },

    findById,

    async findByBookingIds(bookingIds) {
      const keys = [...new Set(bookingIds)].map((bookingId) => visitRecordKey({ id: '', bookingId }));
      const stored = await fetchByIds(records(), _, keys, 'visitRecords.findByBookingIds');
      return stored.map(toVisitRecordRecord);
    },

    async openFollowUps(filter, limit) {
      checkLimit(limit, 'visitRecords.openFollowUps');
      // Always scoped: with neither filter the list is empty, never every open follow-up.
      if (filter.cadreId === undefined && filter.communityIds === undefined) return [];
      const conditions: Condition[] = [{ 'followUp.state': 'open' }];
      if (filter.cadreId !== undefined) conditions.push({ cadreId: filter.cadreId });
      if (filter.communityIds !== undefined) {
        if (filter.communityIds.length === 0) return [];
        conditions.push({ communityId: _.in([...filter.communityIds]) });
      }
      return openFollowUpsWhere(allOf(_, conditions), limit, 'visitRecords.openFollowUps');
    },

    async openFollowUpsDueBetween(fromDate, toDate, limit) {
      checkLimit(limit, 'visitRecords.openFollowUpsDueBetween');
      // Dates are 'YYYY-MM-DD' strings, so string order is date order and _.gte/_.lte compare them right.
      return openFollowUpsWhere(
        { 'followUp.state': 'open', 'followUp.dueDate': _.gte(fromDate).and(_.lte(toDate)) },
        limit,
        'visitRecords.openFollowUpsDueBetween',
      );
    },

    async closeFollowUp(id, outcome, now) {
      // Conditional on the follow-up being open, so the first outcome stays. Dotted paths on
      // purpose: only these fields of the follow-up change.
      const reply = await records().where({ id, 'followUp.state': 'open' }).update({
        'followUp.state': 'closed',
        'followUp.outcome': outcome,
        'followUp.closedAt': now,
        updatedAt: now,
      });
      return countOf(reply, 'updated', 'visitRecords.closeFollowUp') > 0;
    },

    async linkMatter(id, matterId, now) {
      // Conditional on no matter yet: of two concurrent links to different matters, one wins.
      const reply = await records().where({ id, matterId: null }).update({ matterId, updatedAt: now });
      if (countOf(reply, 'updated', 'visitRecords.linkMatter') > 0) return true;
      // Already linked to this very matter: a retry.
      return (await findById(id))?.matterId === matterId;
    },
  };
}
