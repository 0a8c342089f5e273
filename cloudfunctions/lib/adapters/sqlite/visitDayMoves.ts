import type Database from 'better-sqlite3';
import type { PlaceRepository } from '../../ports/storage';
import type { VisitDayMoveRecord, VisitDayMoveRepository } from '../../ports/visits';

interface VisitDayMoveRow {
  community_id: string;
  original_date: string;
  moved_to: string;
  reason: string;
  moved_by: string;
  created_at: number;
}

function toMove(row: VisitDayMoveRow): VisitDayMoveRecord {
  return {
    communityId: row.community_id,
    originalDate: row.original_date,
    movedTo: row.moved_to,
    reason: row.reason,
    movedBy: row.moved_by,
    createdAt: row.created_at,
  };
}

export function sqliteVisitDayMoves(
  db: Database.Database,
  places: Pick<PlaceRepository, 'community'>,
): VisitDayMoveRepository {
  // The primary key (community_id, original_date) makes "moving again replaces it" an upsert.
  const upsert = db.prepare(
    `INSERT INTO visit_day_moves (community_id, original_date, moved_to, reason, moved_by, created_at)
     VALUES (@communityId, @originalDate, @movedTo, @reason, @movedBy, @createdAt)
     ON CONFLICT (community_id, original_date) DO UPDATE SET
       moved_to = excluded.moved_to, reason = excluded.reason, moved_by = excluded.moved_by,
       created_at = excluded.created_at`,
  );
  // Two ranges, one per date column (the primary key and visit_day_moves_by_moved_to); UNION drops
  // a move found by both. A community has at most 36 moves a year, so the final sort is tiny.
  const inRange = db.prepare<{ communityId: string; from: string; to: string }, VisitDayMoveRow>(
    `SELECT * FROM visit_day_moves WHERE community_id = @communityId AND original_date BETWEEN @from AND @to
     UNION
     SELECT * FROM visit_day_moves WHERE community_id = @communityId AND moved_to BETWEEN @from AND @to
     ORDER BY original_date`,
  );

  return {
    async save(move) {
      upsert.run(move);
    },
    async listForCommunity(communityId, from, to) {
      return inRange.all({ communityId, from, to }).map(toMove);
    },
    // Two statements: on SQLite a read costs microseconds, so there is nothing to join for.
    async withCommunity(communityId, from, to) {
      const community = await places.community(communityId);
      if (!community) return { community: null, moves: [] };
      return { community, moves: inRange.all({ communityId, from, to }).map(toMove) };
    },
  };
}
