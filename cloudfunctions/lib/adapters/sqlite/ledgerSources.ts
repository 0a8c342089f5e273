import type Database from 'better-sqlite3';
import type { LedgerCursor } from '../../ports/exportJobs';
import type { LedgerFilter, LedgerPage, LedgerRange, LedgerSourceRepository } from '../../ports/ledgerSources';
import { sqliteConsultations } from './consultations';
import { toBooking, type BookingRow } from './bookings';
import { toMatter, type MatterRow } from './matterRows';
import { statementCache } from './queryHelpers';
import { toEntry, type LedgerRow } from './hoursLedger';
import { toVisitRecord, type VisitRecordRow } from './visitRecords';

/** One ledger's table: its sort column (a time or a date), the bounds and any cadre condition. */
interface LedgerTable {
  table: string;
  sortColumn: string;
  /** The period's bounds on the sort column. */
  bounds: string;
  /** Only the cadre's own rows (visit records, bookings of their slots); '' where it does not apply. */
  cadre: string;
}

const tables = {
  matters: {
    table: 'matters',
    sortColumn: 'created_at',
    bounds: 'created_at >= @startMs AND created_at < @endMs',
    cadre: '',
  },
  visitRecords: {
    table: 'visit_records',
    sortColumn: 'date',
    bounds: 'date >= @from AND date <= @to',
    cadre: 'cadre_id = @cadreId',
  },
  bookings: {
    table: 'bookings',
    sortColumn: 'date',
    bounds: 'date >= @from AND date <= @to',
    cadre: 'slot_id IN (SELECT id FROM slots WHERE cadre_id = @cadreId)',
  },
  hours: { table: 'hours_ledger', sortColumn: 'at', bounds: 'at >= @startMs AND at < @endMs', cadre: '' },
} satisfies Record<string, LedgerTable>;

/**
 * The ledgers' rows by community and period, in (sort value, id) order: each table has an index
 * on (community_id, sort column, id) (migration 22), one range per community.
 */
export function sqliteLedgerSources(db: Database.Database): LedgerSourceRepository {
  const prepared = statementCache(db);
  const consultations = sqliteConsultations(db);

  function where(spec: LedgerTable, filter: LedgerFilter): string {
    const cadre = filter.cadreId && spec.cadre ? ` AND ${spec.cadre}` : '';
    return `community_id IN (SELECT value FROM json_each(@communityIds)) AND ${spec.bounds}${cadre}`;
  }

  function params(filter: LedgerFilter, range: LedgerRange) {
    return { communityIds: JSON.stringify(filter.communityIds), cadreId: filter.cadreId, ...range };
  }

  function count(spec: LedgerTable, filter: LedgerFilter, range: LedgerRange): number {
    const row = prepared<{ n: number }>(`SELECT COUNT(*) AS n FROM ${spec.table} WHERE ${where(spec, filter)}`).get(
      params(filter, range),
    );
    return row?.n ?? 0;
  }

  function page<Row extends { id: string }, T>(
    spec: LedgerTable,
    toRecord: (row: Row) => T,
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): LedgerPage<T> {
    const position = after ? ` AND (${spec.sortColumn}, id) > (@afterKey, @afterId)` : '';
    const rows = prepared<Row>(
      `SELECT * FROM ${spec.table} WHERE ${where(spec, filter)}${position}
       ORDER BY ${spec.sortColumn}, id LIMIT @limit`,
    ).all({ ...params(filter, range), afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1] as Record<string, unknown> | undefined;
    const next =
      rows.length > limit && last ? { key: last[spec.sortColumn] as number | string, id: String(last.id) } : null;
    return { items: items.map(toRecord), next };
  }

  return {
    countMatters: async (filter, range) => count(tables.matters, filter, range),
    matters: async (filter, range, after, limit) =>
      page<MatterRow, ReturnType<typeof toMatter>>(tables.matters, toMatter, filter, range, after, limit),
    async consultationsOf(matterIds) {
      // Each is an indexed lookup (consultations_by_matter) of an embedded database: no round trips to save.
      const found = await Promise.all(matterIds.map((id) => consultations.findByMatter(id)));
      return found.filter((c) => c !== null);
    },
    countVisitRecords: async (filter, range) => count(tables.visitRecords, filter, range),
    visitRecords: async (filter, range, after, limit) =>
      page<VisitRecordRow, ReturnType<typeof toVisitRecord>>(
        tables.visitRecords,
        toVisitRecord,
        filter,
        range,
        after,
        limit,
      ),
    countBookings: async (filter, range) => count(tables.bookings, filter, range),
    bookings: async (filter, range, after, limit) =>
      page<BookingRow, ReturnType<typeof toBooking>>(tables.bookings, toBooking, filter, range, after, limit),
    countHours: async (filter, range) => count(tables.hours, filter, range),
    hours: async (filter, range, after, limit) =>
      page<LedgerRow, ReturnType<typeof toEntry>>(tables.hours, toEntry, filter, range, after, limit),
  };
}
