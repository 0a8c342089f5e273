import type Database from 'better-sqlite3';
import type { LedgerKind } from '@domain/service/hours';
import type { HoursLedgerRepository, LedgerEntryRecord } from '../../ports/service';
import { zeroTotals } from '../ledgerTotals';
import { rowsAfter, toPage } from './keyset';
import { statementCache } from './queryHelpers';

export interface LedgerRow {
  id: string;
  volunteer_user_id: string;
  community_id: string;
  kind: LedgerKind;
  minutes: number;
  ref_id: string | null;
  note: string;
  evidence: string;
  recorded_by: string;
  at: number;
}

export function toEntry(row: LedgerRow): LedgerEntryRecord {
  return {
    id: row.id,
    volunteerUserId: row.volunteer_user_id,
    communityId: row.community_id,
    kind: row.kind,
    minutes: row.minutes,
    refId: row.ref_id,
    note: row.note,
    evidence: row.evidence,
    recordedBy: row.recorded_by,
    at: row.at,
  };
}

/**
 * The hours ledger: inserts only (ON CONFLICT DO NOTHING keeps the first entry of an id), and the
 * table's triggers (migration 13) refuse deletes and changes to what an entry counts.
 */
export function sqliteHoursLedger(db: Database.Database): HoursLedgerRepository {
  const prepared = statementCache(db);
  const insert = db.prepare(
    `INSERT INTO hours_ledger (id, volunteer_user_id, community_id, kind, minutes, ref_id, note, evidence, recorded_by, at)
     VALUES (@id, @volunteerUserId, @communityId, @kind, @minutes, @refId, @note, @evidence, @recordedBy, @at)
     ON CONFLICT (id) DO NOTHING`,
  );
  // One range of hours_ledger_by_volunteer per volunteer, summed.
  const sums = db.prepare<[string], { volunteer_user_id: string; total: number }>(
    `SELECT volunteer_user_id, SUM(minutes) AS total FROM hours_ledger
     WHERE volunteer_user_id IN (SELECT value FROM json_each(?)) GROUP BY volunteer_user_id`,
  );

  return {
    async append(entry) {
      return insert.run({ ...entry }).changes === 1;
    },
    async list(volunteerUserId, after, limit) {
      const position = rowsAfter('at', 'id', 'newest', after);
      const rows = prepared<LedgerRow>(
        `SELECT * FROM hours_ledger WHERE volunteer_user_id = @volunteerUserId AND ${position.sql}
         ORDER BY at DESC, id DESC LIMIT @limit`,
      ).all({ volunteerUserId, ...position.params, limit: limit + 1 });
      return toPage(rows.map(toEntry), limit, (entry) => ({ at: entry.at, id: entry.id }));
    },
    async totals(volunteerUserIds) {
      const totals = zeroTotals(volunteerUserIds);
      if (totals.size === 0) return totals;
      const ids = [...totals.keys()];
      for (const row of sums.all(JSON.stringify(ids))) totals.set(row.volunteer_user_id, row.total);
      return totals;
    },
  };
}
