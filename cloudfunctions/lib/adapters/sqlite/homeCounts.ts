import type Database from 'better-sqlite3';
import { roles, type Role } from '@domain/users';
import type { HomeCountRepository, MeetingRecord } from '../../ports/homeCounts';
import { toMatter, type MatterRow } from './matterRows';
import { statementCache } from './queryHelpers';

/** An escalation still waiting for its answer after its due date (src/domain/matters/overdue.ts). */
const OVERDUE_ESCALATION = `community_id = @communityId AND state = 'escalated'
  AND json_extract(escalation_json, '$.respondedAt') IS NULL
  AND json_extract(escalation_json, '$.dueDate') < @today`;

/**
 * The homes' counts, each one COUNT over an index range: the pending ranges of matters_newest and
 * comments_pending, the partial flagged indexes (their `flag_count > 0` repeated so SQLite uses
 * them), the escalated range of matters_newest, visit_records_open_by_cadre, users_by_role.
 */
export function sqliteHomeCounts(db: Database.Database): HomeCountRepository {
  const prepared = statementCache(db);
  const count = (sql: string, params: Record<string, unknown>) =>
    prepared<{ n: number }>(`SELECT COUNT(*) AS n FROM ${sql}`).get(params)?.n ?? 0;
  return {
    async moderationCounts(communityId) {
      const params = { communityId };
      return {
        pendingMatters: count("matters WHERE community_id = @communityId AND state = 'pending_review'", params),
        flaggedMatters: count('matters WHERE community_id = @communityId AND flag_count > 0', params),
        pendingComments: count("comments WHERE community_id = @communityId AND state = 'pending_review'", params),
        flaggedComments: count('comments WHERE community_id = @communityId AND flag_count > 0', params),
      };
    },
    async countOverdueEscalations(communityId, today) {
      return count(`matters WHERE ${OVERDUE_ESCALATION}`, { communityId, today });
    },
    async listOverdueEscalations(communityId, today, limit) {
      return prepared<MatterRow>(
        `SELECT * FROM matters WHERE ${OVERDUE_ESCALATION}
         ORDER BY json_extract(escalation_json, '$.dueDate'), id LIMIT @limit`,
      )
        .all({ communityId, today, limit })
        .map(toMatter);
    },
    async consultationsBetween(communityId, from, to, limit) {
      return prepared<MeetingRow>(
        `SELECT id, matter_id, scheduled_at, place FROM consultations
         WHERE community_id = ? AND scheduled_at >= ? AND scheduled_at < ? ORDER BY scheduled_at, id LIMIT ?`,
      )
        .all(communityId, from, to, limit)
        .map(toMeeting);
    },
    async followUpCounts(cadreId, today) {
      const open = "visit_records WHERE cadre_id = @cadreId AND follow_up_state = 'open'";
      return {
        open: count(open, { cadreId }),
        overdue: count(`${open} AND follow_up_due_date < @today`, { cadreId, today }),
      };
    },
    async usersByRole() {
      const rows = prepared<{ role: Role; n: number }>('SELECT role, COUNT(*) AS n FROM users GROUP BY role').all();
      const counts = Object.fromEntries(roles.map((role) => [role, 0])) as Record<Role, number>;
      for (const row of rows) if (row.role in counts) counts[row.role] = row.n;
      return counts;
    },
  };
}

interface MeetingRow {
  id: string;
  matter_id: string;
  scheduled_at: number;
  place: string;
}

function toMeeting(row: MeetingRow): MeetingRecord {
  return { id: row.id, matterId: row.matter_id, scheduledAt: row.scheduled_at, place: row.place };
}
