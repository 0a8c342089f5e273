import type { ConsultationRecord } from './consultations';
import type { MatterRecord } from './matters';
import type { LedgerEntryRecord } from './service';
import type { BookingRecord } from './visits';
import type { VisitRecordRecord } from './visitRecords';
import type { LedgerCursor } from './exportJobs';

/** Whose rows a ledger holds: the communities, and for a cadre only their own work. */
export interface LedgerFilter {
  communityIds: readonly string[];
  cadreId: string | null;
}

/** A period's bounds: instants [startMs, endMs) for what happened at a time, dates [from, to] for visit days. */
export interface LedgerRange {
  startMs: number;
  endMs: number;
  from: string;
  to: string;
}

export interface LedgerPage<T> {
  items: T[];
  next: LedgerCursor | null;
}

/**
 * The rows of the ledgers (台账), read a keyset page at a time in the ledger's order so an export
 * never holds more than a step's worth in one call, and counted by the database.
 * - matters raised in the period (createdAt), oldest first;
 * - 民情日记: visit records whose visit day is in the period (date, id);
 * - 接访登记: bookings and walk-ins of the period's visit days (date, id); a cadre's own slots only;
 * - 志愿服务时长: hours ledger entries recorded in the period (at, id).
 */
export interface LedgerSourceRepository {
  countMatters(filter: LedgerFilter, range: LedgerRange): Promise<number>;
  matters(
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerPage<MatterRecord>>;
  /** The latest consultation of each of these matters (a page's worth, at most a few hundred), in one read. */
  consultationsOf(matterIds: readonly string[]): Promise<ConsultationRecord[]>;
  countVisitRecords(filter: LedgerFilter, range: LedgerRange): Promise<number>;
  visitRecords(
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerPage<VisitRecordRecord>>;
  countBookings(filter: LedgerFilter, range: LedgerRange): Promise<number>;
  bookings(
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerPage<BookingRecord>>;
  countHours(filter: LedgerFilter, range: LedgerRange): Promise<number>;
  hours(
    filter: LedgerFilter,
    range: LedgerRange,
    after: LedgerCursor | null,
    limit: number,
  ): Promise<LedgerPage<LedgerEntryRecord>>;
}
