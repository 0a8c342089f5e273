import type { LedgerCursor } from '../../ports/exportJobs';
import type { LedgerFilter, LedgerPage, LedgerRange, LedgerSourceRepository } from '../../ports/ledgerSources';
import type { LedgerEntryRecord } from '../../ports/service';
import { toBookingRecord } from './bookingDocuments';
import type { CollectionNames } from './collections';
import { toConsultationRecord } from './consultations';
import { rowsOf, type CloudbaseCollection, type CloudbaseDb, type StoredDocument } from './database';
import { allOf, fetchAllMatching, totalOf, type Condition } from './keysetPages';
import { toMatterRecord } from './matterDocuments';
import { toRecord } from './serviceDocuments';
import { toVisitRecordRecord } from './visitRecords';

/** Consultations asked for in one `_.in`: a page's matters in a few requests side by side. */
const MATTERS_PER_QUERY = 100;

/** A ledger's collection: its sort field (a time or a date), the field breaking ties, its bounds. */
interface LedgerCollection {
  collection: () => CloudbaseCollection;
  sortField: string;
  idField: string;
  operation: string;
}

/**
 * The ledgers' rows by community and period in (sort value, id) order, a keyset page at a time,
 * each query's first fields served by an index of ledgerIndexes.ts (communityId, then the sort).
 */
export function createLedgerSources(db: CloudbaseDb, names: CollectionNames): LedgerSourceRepository {
  const _ = db.command;
  const matters: LedgerCollection = {
    collection: () => db.collection(names.matters),
    sortField: 'createdAt',
    idField: '_id',
    operation: 'ledgerSources.matters',
  };
  const visitRecords: LedgerCollection = {
    collection: () => db.collection(names.visitRecords),
    sortField: 'date',
    idField: 'id',
    operation: 'ledgerSources.visitRecords',
  };
  const bookings: LedgerCollection = {
    collection: () => db.collection(names.bookings),
    sortField: 'date',
    idField: '_id',
    operation: 'ledgerSources.bookings',
  };
  const hours: LedgerCollection = {
    collection: () => db.collection(names.hoursLedger),
    sortField: 'at',
    idField: '_id',
    operation: 'ledgerSources.hours',
  };

  const community = (filter: LedgerFilter): Condition => ({ communityId: _.in([...filter.communityIds]) });
  const instants = (field: string, range: LedgerRange): Condition => ({
    [field]: _.gte(range.startMs).and(_.lt(range.endMs)),
  });
  const days = (range: LedgerRange): Condition => ({ date: _.gte(range.from).and(_.lte(range.to)) });

  async function count(spec: LedgerCollection, conditions: Condition[]): Promise<number> {
    return totalOf(await spec.collection().where(allOf(_, conditions)).count(), `${spec.operation}.count`);
  }

  async function page<T>(
    spec: LedgerCollection,
    conditions: Condition[],
    toItem: (stored: StoredDocument) => T,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerPage<T>> {
    const beyond = after
      ? [_.or({ [spec.sortField]: _.gt(after.key) }, { [spec.sortField]: after.key, [spec.idField]: _.gt(after.id) })]
      : [];
    const reply = await spec
      .collection()
      .where(allOf(_, [...conditions, ...beyond]))
      .orderBy(spec.sortField, 'asc')
      .orderBy(spec.idField, 'asc')
      .limit(limit + 1)
      .get();
    const rows = rowsOf(reply, spec.operation);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next =
      rows.length > limit && last
        ? { key: last[spec.sortField] as number | string, id: String(last[spec.idField]) }
        : null;
    return { items: items.map(toItem), next };
  }

  /** A cadre's receptions are the bookings of their slots: the slots of the period first (a cadre's year is a few hundred). */
  async function bookingConditions(filter: LedgerFilter, range: LedgerRange): Promise<Condition[]> {
    const base = [community(filter), days(range)];
    if (!filter.cadreId) return base;
    const slots = await fetchAllMatching(db.collection(names.slots), _, {
      conditions: [{ cadreId: filter.cadreId }, days(range)],
      sortField: 'date',
      idField: '_id',
      direction: 'asc',
      operation: 'ledgerSources.cadreSlots',
    });
    return [...base, { slotId: _.in(slots.map((slot) => slot._id)) }];
  }

  const visitConditions = (filter: LedgerFilter, range: LedgerRange): Condition[] => [
    community(filter),
    days(range),
    ...(filter.cadreId ? [{ cadreId: filter.cadreId }] : []),
  ];

  return {
    countMatters: (filter, range) => count(matters, [community(filter), instants('createdAt', range)]),
    matters: (filter, range, after, limit) =>
      page(matters, [community(filter), instants('createdAt', range)], toMatterRecord, after, limit),
    async consultationsOf(matterIds) {
      const chunks: string[][] = [];
      for (let start = 0; start < matterIds.length; start += MATTERS_PER_QUERY) {
        chunks.push(matterIds.slice(start, start + MATTERS_PER_QUERY));
      }
      const replies = await Promise.all(
        chunks.map((chunk) =>
          fetchAllMatching(db.collection(names.consultations), _, {
            conditions: [{ matterId: _.in(chunk) }],
            sortField: 'createdAt',
            idField: '_id',
            direction: 'desc',
            operation: 'ledgerSources.consultationsOf',
          }),
        ),
      );
      // Newest first: the first seen of a matter is its latest consultation.
      const latest = new Map<string, StoredDocument>();
      for (const stored of replies.flat()) {
        const matterId = String(stored.matterId);
        if (!latest.has(matterId)) latest.set(matterId, stored);
      }
      return [...latest.values()].map(toConsultationRecord);
    },
    countVisitRecords: (filter, range) => count(visitRecords, visitConditions(filter, range)),
    visitRecords: (filter, range, after, limit) =>
      page(visitRecords, visitConditions(filter, range), toVisitRecordRecord, after, limit),
    countBookings: async (filter, range) => count(bookings, await bookingConditions(filter, range)),
    bookings: async (filter, range, after, limit) =>
      page(bookings, await bookingConditions(filter, range), toBookingRecord, after, limit),
    countHours: (filter, range) => count(hours, [community(filter), instants('at', range)]),
    hours: (filter, range, after, limit) =>
      page(
        hours,
        [community(filter), instants('at', range)],
        (stored) => toRecord<LedgerEntryRecord>(stored),
        after,
        limit,
      ),
  };
}
