import type Database from 'better-sqlite3';
import type { VisitMode } from '@domain/visits/views';
import type { SlotRecord, SlotRepository } from '../../ports/visits';

export interface SlotRow {
  id: string;
  community_id: string;
  cadre_id: string;
  cadre_name: string;
  date: string;
  start: string;
  end: string;
  mode: VisitMode;
  place: string;
  capacity: number;
  seats_taken: number;
  state: 'open' | 'cancelled';
  cancel_reason: string;
  created_at: number;
  updated_at: number;
}

export function toSlot(row: SlotRow): SlotRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    cadreId: row.cadre_id,
    cadreName: row.cadre_name,
    date: row.date,
    start: row.start,
    end: row.end,
    mode: row.mode,
    place: row.place,
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    state: row.state,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type SlotPatch = Parameters<SlotRepository['update']>[1];

/** Every patchable column as a named parameter: null keeps the column (none of them is nullable). */
function patchParams(id: string, patch: SlotPatch, now: number) {
  return {
    id,
    now,
    start: patch.start ?? null,
    end: patch.end ?? null,
    mode: patch.mode ?? null,
    place: patch.place ?? null,
    capacity: patch.capacity ?? null,
  };
}

export function sqliteSlots(db: Database.Database): SlotRepository {
  const insert = db.prepare(
    `INSERT INTO slots (id, community_id, cadre_id, cadre_name, date, start, end, mode, place, capacity, seats_taken,
       state, cancel_reason, created_at, updated_at)
     VALUES (@id, @communityId, @cadreId, @cadreName, @date, @start, @end, @mode, @place, @capacity, @seatsTaken,
       @state, @cancelReason, @createdAt, @updatedAt)`,
  );
  const byId = db.prepare<[string], SlotRow>('SELECT * FROM slots WHERE id = ?');
  const byIds = db.prepare<[string], SlotRow>('SELECT * FROM slots WHERE id IN (SELECT value FROM json_each(?))');
  const byCommunityDay = db.prepare<[string, string], SlotRow>(
    'SELECT * FROM slots WHERE community_id = ? AND date = ? ORDER BY start, id',
  );
  const byCommunityDays = db.prepare<[string, string], SlotRow>(
    'SELECT * FROM slots WHERE community_id = ? AND date IN (SELECT value FROM json_each(?)) ORDER BY date, start, id',
  );
  const byCadreDay = db.prepare<[string, string], SlotRow>(
    'SELECT * FROM slots WHERE cadre_id = ? AND date = ? ORDER BY start, id',
  );
  const lastDay = db.prepare<[string, string, string], { date: string }>(
    'SELECT date FROM slots WHERE cadre_id = ? AND community_id = ? AND date < ? ORDER BY date DESC LIMIT 1',
  );
  // One statement, so the capacity test and the change cannot be split by a booking taking a
  // seat in between; a cancelled slot is final and is not edited.
  const update = db.prepare(
    `UPDATE slots SET start = coalesce(@start, start), end = coalesce(@end, end), mode = coalesce(@mode, mode),
       place = coalesce(@place, place), capacity = coalesce(@capacity, capacity), updated_at = @now
     WHERE id = @id AND state = 'open' AND coalesce(@capacity, capacity) >= seats_taken`,
  );
  const cancel = db.prepare(
    `UPDATE slots SET state = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ? AND state = 'open'`,
  );
  const rename = db.prepare('UPDATE slots SET cadre_name = ? WHERE cadre_id = ?');
  const exists = db.prepare<[string], { found: 1 }>('SELECT 1 AS found FROM slots WHERE id = ?');

  // Cancelling again keeps the first reason and time; the answer is the same either way.
  const cancelTx = db.transaction((id: string, reason: string, now: number) => {
    if (cancel.run(reason, now, id).changes === 1) return true;
    return exists.get(id) !== undefined;
  });

  return {
    async create(slot) {
      insert.run(slot);
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toSlot(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return byIds.all(JSON.stringify(ids)).map(toSlot);
    },
    async listByDay(communityId, date) {
      return byCommunityDay.all(communityId, date).map(toSlot);
    },
    async listByDays(communityId, dates) {
      return byCommunityDays.all(communityId, JSON.stringify(dates)).map(toSlot);
    },
    async listByCadreDay(cadreId, date) {
      return byCadreDay.all(cadreId, date).map(toSlot);
    },
    async lastDayBefore(cadreId, communityId, before) {
      return lastDay.get(cadreId, communityId, before)?.date ?? null;
    },
    async update(id, patch, now) {
      return update.run(patchParams(id, patch, now)).changes === 1;
    },
    async cancel(id, reason, now) {
      return cancelTx(id, reason, now);
    },
    async renameCadre(cadreId, name) {
      rename.run(name, cadreId);
    },
  };
}
