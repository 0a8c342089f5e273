import type Database from 'better-sqlite3';
import type { ServiceCategory } from '@domain/service/categories';
import type { VolunteerState } from '@domain/service/volunteers';
import type { VolunteerListQuery, VolunteerRecord, VolunteerRepository } from '../../ports/service';
import type { Page } from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';
import { bit, statementCache, type StatementCache } from './queryHelpers';

interface VolunteerRow {
  id: string;
  user_id: string;
  community_id: string;
  state: VolunteerState;
  name: string;
  party_member: 0 | 1;
  work_unit: string;
  skills: string;
  categories_json: string;
  availability: string;
  grid_id: string | null;
  team_id: string | null;
  station_id: string | null;
  return_reason: string;
  reported_at: number;
  reviewed_at: number | null;
  reviewed_by: string | null;
  updated_at: number;
}

function toVolunteer(row: VolunteerRow): VolunteerRecord {
  return {
    id: row.id,
    userId: row.user_id,
    communityId: row.community_id,
    state: row.state,
    name: row.name,
    partyMember: row.party_member === 1,
    workUnit: row.work_unit,
    skills: row.skills,
    categories: JSON.parse(row.categories_json) as ServiceCategory[],
    availability: row.availability,
    gridId: row.grid_id,
    teamId: row.team_id,
    stationId: row.station_id,
    returnReason: row.return_reason,
    reportedAt: row.reported_at,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    updatedAt: row.updated_at,
  };
}

function volunteerParams(record: VolunteerRecord) {
  const { partyMember, categories, ...columns } = record;
  return { ...columns, partyMember: bit(partyMember), categoriesJson: JSON.stringify(categories) };
}

const columns = `id, user_id, community_id, state, name, party_member, work_unit, skills, categories_json,
  availability, grid_id, team_id, station_id, return_reason, reported_at, reviewed_at, reviewed_by, updated_at`;

/** Every column but the id takes the reported value when a pending or returned report is replaced. */
const replaced = columns
  .split(',')
  .map((column) => column.trim())
  .filter((column) => column !== 'id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

export function sqliteVolunteers(db: Database.Database): VolunteerRepository {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], VolunteerRow>('SELECT * FROM volunteers WHERE id = ?');
  // One statement: a new report is inserted, a pending or returned one replaced, an approved one
  // left alone (the upsert's WHERE is false, so nothing changes and `changes` is 0).
  const report = db.prepare(
    `INSERT INTO volunteers (${columns})
     VALUES (@id, @userId, @communityId, @state, @name, @partyMember, @workUnit, @skills, @categoriesJson,
       @availability, @gridId, @teamId, @stationId, @returnReason, @reportedAt, @reviewedAt, @reviewedBy, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET ${replaced} WHERE volunteers.state <> 'approved'`,
  );
  const review = db.prepare(
    `UPDATE volunteers SET state = @state, return_reason = @returnReason, grid_id = @gridId, team_id = @teamId,
       station_id = @stationId, reviewed_by = @reviewedBy, reviewed_at = @now, updated_at = @now
     WHERE id = @id AND state = 'pending'`,
  );
  const place = db.prepare(
    `UPDATE volunteers SET grid_id = @gridId, team_id = @teamId, station_id = @stationId, updated_at = @now
     WHERE id = @id AND state = 'approved'`,
  );

  return {
    async findById(id) {
      const row = byId.get(id);
      return row ? toVolunteer(row) : null;
    },
    async findByUsers(communityId, userIds) {
      if (userIds.length === 0) return [];
      return prepared<VolunteerRow>(
        'SELECT * FROM volunteers WHERE community_id = ? AND user_id IN (SELECT value FROM json_each(?))',
      )
        .all(communityId, JSON.stringify([...new Set(userIds)]))
        .map(toVolunteer);
    },
    async report(record) {
      return report.run(volunteerParams(record)).changes === 1;
    },
    async review(id, outcome, now) {
      const { state, returnReason, reviewedBy } = outcome;
      return review.run({ ...placementOf(outcome), state, returnReason, reviewedBy, id, now }).changes === 1;
    },
    async place(id, placement, now) {
      return place.run({ ...placementOf(placement), id, now }).changes === 1;
    },
    async list(query) {
      return listVolunteers(prepared, query);
    },
  };
}

/** Only the placement's own fields: a caller may hand a whole record. */
function placementOf(placement: Pick<VolunteerRecord, 'gridId' | 'teamId' | 'stationId'>) {
  return { gridId: placement.gridId, teamId: placement.teamId, stationId: placement.stationId };
}

/** A range of volunteers_by_community, or of volunteers_by_community_state with a state. */
function listVolunteers(prepared: StatementCache, query: VolunteerListQuery): Page<VolunteerRecord> {
  const after = rowsAfter('reported_at', 'id', 'newest', query.after);
  const state = query.state === undefined ? '' : 'AND state = @state';
  const rows = prepared<VolunteerRow>(
    `SELECT * FROM volunteers WHERE community_id = @communityId ${state} AND ${after.sql}
     ORDER BY reported_at DESC, id DESC LIMIT @limit`,
  ).all({
    communityId: query.communityId,
    ...(query.state === undefined ? {} : { state: query.state }),
    ...after.params,
    limit: query.limit + 1,
  });
  return toPage(rows.map(toVolunteer), query.limit, (v) => ({ at: v.reportedAt, id: v.id }));
}
