import type { HoursLedgerRepository, LedgerEntryRecord } from '../../ports/service';
import { zeroTotals } from '../ledgerTotals';
import type { CollectionNames } from './collections';
import { insertIfAbsent, rowsOf, type CloudbaseDb } from './database';
import { fetchNewestFirst, pageOf } from './paging';
import { toDocument, toRecord } from './serviceDocuments';

/**
 * The hours ledger: entries are only ever inserted, under their deterministic `_id`, so a
 * retried command appends once; nothing here updates or removes one (corrections are new entries).
 */
export function createHoursLedgerRepository(db: CloudbaseDb, names: CollectionNames): HoursLedgerRepository {
  const _ = db.command;
  const ledger = () => db.collection(names.hoursLedger);

  return {
    append: (entry) => insertIfAbsent(ledger(), toDocument(entry), 'hoursLedger.append'),

    async list(volunteerUserId, after, limit) {
      const { documents, hasMore } = await fetchNewestFirst(ledger(), _, {
        timeField: 'at',
        idField: '_id',
        filter: { volunteerUserId },
        after,
        limit,
        operation: 'hoursLedger.list',
      });
      const items = documents.map((stored) => toRecord<LedgerEntryRecord>(stored));
      return pageOf(items, hasMore, (entry) => ({ at: entry.at, id: entry.id }));
    },

    async totals(volunteerUserIds) {
      const totals = zeroTotals(volunteerUserIds);
      if (totals.size === 0) return totals;
      const ids = [...totals.keys()];
      // One aggregate on the volunteerUserId index: a sum per volunteer, computed by the database.
      const reply = await ledger()
        .aggregate()
        .match({ volunteerUserId: _.in(ids) })
        .group({ _id: '$volunteerUserId', minutes: _.aggregate.sum('$minutes') })
        .limit(ids.length)
        .end();
      for (const row of rowsOf(reply, 'hoursLedger.totals')) totals.set(row._id, Number(row.minutes));
      return totals;
    },
  };
}
