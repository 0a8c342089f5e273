import type Database from 'better-sqlite3';
import type { FollowUpRecord, VisitRecordRecord, VisitRecordRepository } from '../../ports/visitRecords';
import { statementCache, type StatementCache } from './queryHelpers';

export interface VisitRecordRow {
  id: string;
  booking_id: string | null;
  slot_id: string;
  cadre_id: string;
  community_id: string;
  resident_id: string | null;
  date: string;
  seen: string;
  heard: string;
  solved: string;
  suggested: string;
  photos_json: string;
  follow_up_due_date: string | null;
  follow_up_note: string | null;
  follow_up_state: FollowUpRecord['state'] | null;
  follow_up_outcome: string | null;
  follow_up_closed_at: number | null;
  matter_id: string | null;
  created_at: number;
  updated_at: number;
}

/** The follow-up lives in columns so open ones can be indexed; a NULL state means there is none. */
function toFollowUp(row: VisitRecordRow): FollowUpRecord | null {
  if (row.follow_up_state === null) return null;
  return {
    dueDate: row.follow_up_due_date ?? '',
    note: row.follow_up_note ?? '',
    state: row.follow_up_state,
    outcome: row.follow_up_outcome ?? '',
    closedAt: row.follow_up_closed_at,
  };
}

export function toVisitRecord(row: VisitRecordRow): VisitRecordRecord {
  return {
    id: row.id,
    bookingId: row.booking_id,
    slotId: row.slot_id,
    cadreId: row.cadre_id,
    communityId: row.community_id,
    residentId: row.resident_id,
    date: row.date,
    seen: row.seen,
    heard: row.heard,
    solved: row.solved,
    suggested: row.suggested,
    photos: JSON.parse(row.photos_json) as string[],
    followUp: toFollowUp(row),
    matterId: row.matter_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function recordParams(record: VisitRecordRecord) {
  const { photos, followUp, ...columns } = record;
  return {
    ...columns,
    photosJson: JSON.stringify(photos),
    followUpDueDate: followUp?.dueDate ?? null,
    followUpNote: followUp?.note ?? null,
    followUpState: followUp?.state ?? null,
    followUpOutcome: followUp?.outcome ?? null,
    followUpClosedAt: followUp?.closedAt ?? null,
  };
}

export function sqliteVisitRecords(db: Database.Database): VisitRecordRepository {
  const prepared = statementCache(db);
  // A save replaces the record with the same id and any other record of the same booking
  // (`booking_id = NULL` is never true, so visits without a booking are left alone).
  const removeReplaced = db.prepare('DELETE FROM visit_records WHERE id = @id OR booking_id = @bookingId');
  const insert = db.prepare(
    `INSERT INTO visit_records (id, booking_id, slot_id, cadre_id, community_id, resident_id, date, seen, heard, solved,
       suggested, photos_json, follow_up_due_date, follow_up_note, follow_up_state, follow_up_outcome,
       follow_up_closed_at, matter_id, created_at, updated_at)
     VALUES (@id, @bookingId, @slotId, @cadreId, @communityId, @residentId, @date, @seen, @heard, @solved,
       @suggested, @photosJson, @followUpDueDate, @followUpNote, @followUpState, @followUpOutcome,
       @followUpClosedAt, @matterId, @createdAt, @updatedAt)`,
  );
  const byId = db.prepare<[string], VisitRecordRow>('SELECT * FROM visit_records WHERE id = ?');
  const byBookingIds = db.prepare<[string], VisitRecordRow>(
    'SELECT * FROM visit_records WHERE booking_id IN (SELECT value FROM json_each(?))',
  );
  const closeFollowUp = db.prepare(
    `UPDATE visit_records SET follow_up_state = 'closed', follow_up_outcome = ?, follow_up_closed_at = ?, updated_at = ?
     WHERE id = ? AND follow_up_state = 'open'`,
  );
  // A retry with the same matter is a success; a record already linked elsewhere keeps its link.
  const linkMatter = db.prepare(
    `UPDATE visit_records SET matter_id = @matterId, updated_at = @now
     WHERE id = @id AND (matter_id IS NULL OR matter_id = @matterId)`,
  );

  const saveTx = db.transaction((record: VisitRecordRecord) => {
    removeReplaced.run({ id: record.id, bookingId: record.bookingId });
    insert.run(recordParams(record));
  });

  return {
    async save(record) {
      saveTx(record);
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toVisitRecord(row) : null;
    },
    async findByBookingIds(bookingIds) {
      if (bookingIds.length === 0) return [];
      return byBookingIds.all(JSON.stringify(bookingIds)).map(toVisitRecord);
    },
    async openFollowUps(filter, limit) {
      return openFollowUps(prepared, filter, limit).map(toVisitRecord);
    },
    async openFollowUpsDueBetween(fromDate, toDate, limit) {
      return prepared<VisitRecordRow>(
        `SELECT * FROM visit_records WHERE follow_up_state = 'open' AND follow_up_due_date BETWEEN ? AND ?
         ORDER BY follow_up_due_date, id LIMIT ?`,
      )
        .all(fromDate, toDate, limit)
        .map(toVisitRecord);
    },
    async closeFollowUp(id, outcome, now) {
      return closeFollowUp.run(outcome, now, now, id).changes === 1;
    },
    async linkMatter(id, matterId, now) {
      return linkMatter.run({ id, matterId, now }).changes === 1;
    },
  };
}

const openOrder = 'ORDER BY follow_up_due_date, id LIMIT @limit';

/**
 * By cadre: a range of visit_records_open_by_cadre (filtered by community when both are given).
 * By communities only: one range of visit_records_open_by_community per community, merged in
 * due-date order by UNION ALL, so a page reads about `limit` rows per community. Neither filter:
 * nothing, since the service always scopes the list to a cadre or to communities.
 */
function openFollowUps(
  prepared: StatementCache,
  filter: { cadreId?: string; communityIds?: readonly string[] },
  limit: number,
): VisitRecordRow[] {
  const communityIds = filter.communityIds === undefined ? undefined : [...new Set(filter.communityIds)];
  if (communityIds?.length === 0 || limit <= 0) return [];
  if (filter.cadreId !== undefined) {
    const inCommunities = communityIds ? 'AND community_id IN (SELECT value FROM json_each(@communityIds))' : '';
    return prepared<VisitRecordRow>(
      `SELECT * FROM visit_records WHERE cadre_id = @cadreId AND follow_up_state = 'open' ${inCommunities} ${openOrder}`,
    ).all({ cadreId: filter.cadreId, communityIds: JSON.stringify(communityIds ?? []), limit });
  }
  if (!communityIds) return [];
  const arms = communityIds.map(
    (_, i) => `SELECT * FROM visit_records WHERE community_id = @community${i} AND follow_up_state = 'open'`,
  );
  const params = Object.fromEntries(communityIds.map((id, i) => [`community${i}`, id]));
  return prepared<VisitRecordRow>(`${arms.join(' UNION ALL ')} ${openOrder}`).all({ ...params, limit });
}
