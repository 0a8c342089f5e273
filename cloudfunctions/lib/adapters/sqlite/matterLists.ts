import type { CursorPosition } from '@domain/pagination';
import type { MatterCategory } from '@domain/matters/categories';
import type { MatterState } from '@domain/matters/states';
import type { MatterListQuery, MatterRecord, MatterRelation, MatterSort } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';
import { toMatter, type MatterRow } from './matterRows';
import type { StatementCache } from './queryHelpers';

/**
 * The list queries over `matters`. Each is shaped so that SQLite answers it with range scans of
 * the indexes made in migration 2; the comments there say which index serves which query.
 */

const sortColumn: Record<MatterSort, 'created_at' | 'last_activity_at' | 'support_count'> = {
  newest: 'created_at',
  active: 'last_activity_at',
  supported: 'support_count',
};

const sortValue: Record<MatterSort, (matter: MatterRecord) => number> = {
  newest: (m) => m.createdAt,
  active: (m) => m.lastActivityAt,
  supported: (m) => m.supportCount,
};

interface SqlPart {
  sql: string[];
  params: Record<string, unknown>;
}

export function listMatters(prepared: StatementCache, query: MatterListQuery): Page<MatterRecord> {
  const states = [...new Set(query.states)];
  if (states.length === 0) return { items: [], next: null };
  const column = sortColumn[query.sort];
  const after = rowsAfter(column, 'id', 'newest', query.after);
  const filters = listFilters(query);
  const conditions = [...filters.sql, after.sql];
  const orderBy = `${column} DESC, id DESC`;
  const params = {
    ...filters.params,
    ...after.params,
    ...stateParams(states),
    communityId: query.communityId,
    limit: query.limit + 1,
  };
  const sql =
    query.pinned === true
      ? pinnedSelect(states.length, conditions, orderBy)
      : mergedByState(states.length, conditions, orderBy);
  const rows = prepared<MatterRow>(sql).all(params);
  return toPage(rows.map(toMatter), query.limit, (m) => ({ at: sortValue[query.sort](m), id: m.id }));
}

/** The filters besides community and state. Terms are matched with instr: plain substrings, no wildcards. */
function listFilters(query: Omit<MatterListQuery, 'after'>): SqlPart {
  const part: SqlPart = { sql: [], params: {} };
  if (query.category !== undefined) {
    part.sql.push('category = @category');
    part.params.category = query.category;
  }
  if (query.pinned !== undefined) part.sql.push(`pinned = ${query.pinned ? 1 : 0}`);
  query.terms.forEach((term, i) => {
    part.sql.push(`instr(title, @term${i}) > 0`);
    part.params[`term${i}`] = term;
  });
  return part;
}

/** `@state0`, `@state1`, ... for the arms of mergedByState and the IN list of pinnedSelect. */
function stateParams(states: readonly MatterState[]): Record<string, MatterState> {
  return Object.fromEntries(states.map((state, i) => [`state${i}`, state]));
}

/**
 * One arm per state, each a range scan of an index on (community, [category,] state, sort
 * column, id), combined with UNION ALL under the shared ORDER BY: SQLite merges the arms in
 * order and stops at the LIMIT, so a page reads about limit rows per state, never the whole
 * community. (`state IN (...)` instead would read every row of those states, then sort.)
 */
function mergedByState(stateCount: number, conditions: readonly string[], orderBy: string, limit = '@limit'): string {
  const arms = Array.from({ length: stateCount }, (_, i) => {
    const where = ['community_id = @communityId', `state = @state${i}`, ...conditions].join(' AND ');
    return `SELECT * FROM matters WHERE ${where}`;
  });
  return `${arms.join(' UNION ALL ')} ORDER BY ${orderBy} LIMIT ${limit}`;
}

/**
 * Pinned matters are a handful per community: the partial index holds only them, and sorting
 * that handful is cheaper than keeping three more indexes. INDEXED BY keeps the planner from
 * walking a sort index instead and testing `pinned` on every row.
 */
function pinnedSelect(stateCount: number, conditions: readonly string[], orderBy: string, limit = '@limit'): string {
  const names = Array.from({ length: stateCount }, (_, i) => `@state${i}`);
  const where = ['community_id = @communityId', `state IN (${names.join(', ')})`, ...conditions].join(' AND ');
  return `SELECT * FROM matters INDEXED BY matters_pinned WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit}`;
}

/**
 * The pinned matters and the first page of the others in one statement: each half is the query
 * `list` makes (so each keeps its index), joined by UNION ALL.
 */
export function listFirstPage(
  prepared: StatementCache,
  query: Omit<MatterListQuery, 'pinned' | 'after'>,
  pinnedMax: number,
): { pinned: MatterRecord[]; others: Page<MatterRecord> } {
  const states = [...new Set(query.states)];
  if (states.length === 0) return { pinned: [], others: { items: [], next: null } };
  const column = sortColumn[query.sort];
  const orderBy = `${column} DESC, id DESC`;
  const pinnedFilters = listFilters({ ...query, pinned: true });
  const otherFilters = listFilters({ ...query, pinned: false });
  const pinnedSql = pinnedSelect(states.length, pinnedFilters.sql, orderBy, '@pinnedLimit');
  const othersSql = mergedByState(states.length, otherFilters.sql, orderBy);
  const rows = prepared<MatterRow>(`SELECT * FROM (${pinnedSql}) UNION ALL SELECT * FROM (${othersSql})`).all({
    ...pinnedFilters.params,
    ...stateParams(states),
    communityId: query.communityId,
    pinnedLimit: pinnedMax,
    limit: query.limit + 1,
  });
  const matters = rows.map(toMatter);
  const others = matters.filter((m) => !m.pinned);
  return {
    pinned: matters.filter((m) => m.pinned),
    others: toPage(others, query.limit, (m) => ({ at: sortValue[query.sort](m), id: m.id })),
  };
}

export function recentInCategory(
  prepared: StatementCache,
  communityId: string,
  category: MatterCategory,
  states: readonly MatterState[],
  limit: number,
): MatterRecord[] {
  const distinct = [...new Set(states)];
  if (distinct.length === 0 || limit <= 0) return [];
  const params = { ...stateParams(distinct), communityId, category, limit };
  const sql = mergedByState(distinct.length, ['category = @category'], 'last_activity_at DESC, id DESC');
  return prepared<MatterRow>(sql).all(params).map(toMatter);
}

const relationTable: Record<Exclude<MatterRelation, 'raised'>, string> = {
  supported: 'matter_supports',
  following: 'matter_follows',
};

export function listByUser(
  prepared: StatementCache,
  userId: string,
  relation: MatterRelation,
  after: CursorPosition | null,
  limit: number,
): Page<MatterRecord> {
  if (relation === 'raised') return listRaised(prepared, userId, after, limit);
  // The relation's own index (user_id, at, matter_id) gives the order; each matter is a primary-key lookup.
  const position = rowsAfter('r.at', 'r.matter_id', 'newest', after);
  const rows = prepared<MatterRow & { relation_at: number }>(
    `SELECT m.*, r.at AS relation_at FROM ${relationTable[relation]} r JOIN matters m ON m.id = r.matter_id
     WHERE r.user_id = @userId AND ${position.sql}
     ORDER BY r.at DESC, r.matter_id DESC LIMIT @limit`,
  ).all({ userId, ...position.params, limit: limit + 1 });
  const page = toPage(rows, limit, (row) => ({ at: row.relation_at, id: row.id }));
  return { items: page.items.map(({ relation_at: _relationAt, ...row }) => toMatter(row)), next: page.next };
}

function listRaised(
  prepared: StatementCache,
  userId: string,
  after: CursorPosition | null,
  limit: number,
): Page<MatterRecord> {
  const position = rowsAfter('created_at', 'id', 'newest', after);
  const rows = prepared<MatterRow>(
    `SELECT * FROM matters WHERE author_id = @userId AND ${position.sql}
     ORDER BY created_at DESC, id DESC LIMIT @limit`,
  ).all({ userId, ...position.params, limit: limit + 1 });
  return toPage(rows.map(toMatter), limit, (m) => ({ at: m.createdAt, id: m.id }));
}
