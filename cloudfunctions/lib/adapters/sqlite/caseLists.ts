import type Database from 'better-sqlite3';
import { clockRunningStates, openCaseStates, type CaseState } from '@domain/casework';
import type { CaseRecord, CaseRepository, HolderCaseQuery, OpenCaseQuery } from '../../ports/casework';
import type { Page } from '../../ports/storage';
import { toCase, type CaseRow } from './caseRows';
import { rowsAfter, toPage } from './keyset';
import type { StatementCache } from './queryHelpers';

type CaseLists = Pick<
  CaseRepository,
  'listOpen' | 'listForHolder' | 'listReminderDue' | 'listForMatter' | 'countOpenByCommunity'
>;

/**
 * The case lists. Each is one arm per state, a range scan of an index ending in the list's order,
 * merged by UNION ALL under the shared ORDER BY: a page reads about `limit` rows per state.
 */
export function sqliteCaseLists(db: Database.Database, prepared: StatementCache): CaseLists {
  const ofMatter = db.prepare<[string], CaseRow>(
    'SELECT * FROM cases INDEXED BY cases_by_matter WHERE matter_id = ? ORDER BY dispatched_at, id',
  );
  return {
    async listOpen(query) {
      return listOpen(prepared, query);
    },
    async listForHolder(query) {
      return listForHolder(prepared, query);
    },
    async listReminderDue(now, limit) {
      if (limit <= 0) return [];
      const arms = openCaseStates.map(
        (_, i) =>
          `SELECT * FROM cases INDEXED BY cases_reminders WHERE state = @state${i} AND next_reminder_at <= @now`,
      );
      const sql = `${arms.join(' UNION ALL ')} ORDER BY next_reminder_at, id LIMIT @limit`;
      return prepared<CaseRow>(sql)
        .all({ ...stateParams(openCaseStates), now, limit })
        .map(toCase);
    },
    async listForMatter(matterId) {
      return ofMatter.all(matterId).map(toCase);
    },
    async countOpenByCommunity(streetId, overdueAt) {
      return countOpen(prepared, streetId, overdueAt);
    },
  };
}

function stateParams(states: readonly CaseState[]): Record<string, string> {
  return Object.fromEntries(states.map((state, i) => [`state${i}`, state]));
}

interface ArmedQuery {
  index: string;
  /** Conditions of each arm besides its state, with `@` parameters. */
  conditions: string[];
  params: Record<string, unknown>;
  states: readonly CaseState[];
  after: OpenCaseQuery['after'];
  limit: number;
}

/** One arm per state over `index`, soonest due first, keyset paginated on (due_at, id). */
function pageOfArms(prepared: StatementCache, query: ArmedQuery): Page<CaseRecord> {
  const states = [...new Set(query.states)];
  if (states.length === 0 || query.limit <= 0) return { items: [], next: null };
  const after = rowsAfter('due_at', 'id', 'oldest', query.after);
  const arms = states.map((_, i) =>
    [`SELECT * FROM cases INDEXED BY ${query.index} WHERE state = @state${i}`, ...query.conditions, after.sql].join(
      ' AND ',
    ),
  );
  const rows = prepared<CaseRow>(`${arms.join(' UNION ALL ')} ORDER BY due_at, id LIMIT @limit`).all({
    ...query.params,
    ...stateParams(states),
    ...after.params,
    limit: query.limit + 1,
  });
  return toPage(rows.map(toCase), query.limit, (record) => ({ at: record.dueAt, id: record.id }));
}

/**
 * The street's view: by one body's index when a body is named, else by the community's or the
 * street's; the other filters narrow the range. Overdue means a running clock past `overdueAt`.
 */
function listOpen(prepared: StatementCache, query: OpenCaseQuery): Page<CaseRecord> {
  const conditions = ['street_id = @streetId'];
  const params: Record<string, unknown> = { streetId: query.streetId };
  let index = 'cases_by_street';
  if (query.holderKind !== undefined) {
    conditions.push('holder_kind = @holderKind');
    params.holderKind = query.holderKind;
    if (query.holderId !== undefined) {
      conditions.push('holder_id = @holderId');
      params.holderId = query.holderId;
      index = 'cases_by_holder';
    }
  }
  if (query.communityId !== undefined) {
    conditions.push('community_id = @communityId');
    params.communityId = query.communityId;
    if (index === 'cases_by_street') index = 'cases_by_community';
  }
  if (query.overdueAt !== undefined) {
    conditions.push('due_at < @overdueAt');
    params.overdueAt = query.overdueAt;
  }
  const states =
    query.overdueAt !== undefined
      ? clockRunningStates
      : (query.states ?? openCaseStates).filter((state) => openCaseStates.includes(state));
  return pageOfArms(prepared, { index, conditions, params, states, after: query.after, limit: query.limit });
}

/**
 * One range read of the street's index, an arm per open state, three narrow columns per row:
 * grouped here (a GROUP BY would sort in a temporary b-tree). A street has hundreds of open cases,
 * the bench ten thousand: a few milliseconds in process.
 */
function countOpen(prepared: StatementCache, streetId: string, overdueAt: number) {
  const arms = openCaseStates.map(
    (_, i) =>
      `SELECT community_id AS communityId, state, due_at AS dueAt FROM cases INDEXED BY cases_by_street
       WHERE street_id = @streetId AND state = @state${i}`,
  );
  const rows = prepared<{ communityId: string; state: CaseState; dueAt: number }>(arms.join(' UNION ALL ')).all({
    ...stateParams(openCaseStates),
    streetId,
  });
  const counts = new Map<string, { communityId: string; open: number; overdue: number }>();
  for (const row of rows) {
    const count = counts.get(row.communityId) ?? { communityId: row.communityId, open: 0, overdue: 0 };
    count.open += 1;
    if (clockRunningStates.includes(row.state) && row.dueAt < overdueAt) count.overdue += 1;
    counts.set(row.communityId, count);
  }
  return [...counts.values()].sort((a, b) => (a.communityId < b.communityId ? -1 : 1));
}

function listForHolder(prepared: StatementCache, query: HolderCaseQuery): Page<CaseRecord> {
  return pageOfArms(prepared, {
    index: 'cases_by_holder',
    conditions: ['holder_kind = @holderKind', 'holder_id = @holderId'],
    params: { holderKind: query.holder.kind, holderId: query.holder.id },
    states: query.states,
    after: query.after,
    limit: query.limit,
  });
}
