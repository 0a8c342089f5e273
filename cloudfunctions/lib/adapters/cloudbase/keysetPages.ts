import type { CursorPosition } from '@domain/pagination';
import {
  CloudbaseCallError,
  MAX_ROWS_PER_GET,
  rowsOf,
  succeeded,
  type CloudbaseCollection,
  type CloudbaseCommand,
  type StoredDocument,
} from './database';

/**
 * Keyset pages in either direction: moderation queues, comment threads and timelines read oldest
 * first; the newest-first lists go through `fetchNewestFirst` (paging.ts).
 */

/** A query condition as `where()` takes it: a plain filter or a command such as `_.and(...)`. */
export type Condition = object;

export type SortDirection = 'asc' | 'desc';

/** Rows are ordered by a sort value, then an id that breaks ties, both in the same direction. */
export interface KeysetOrder {
  sortField: string;
  idField: string;
  direction: SortDirection;
}

export interface KeysetRequest extends KeysetOrder {
  /** ANDed together; an empty list matches everything. */
  conditions: Condition[];
  after: CursorPosition | null;
  limit: number;
  operation: string;
}

/** Long `_.in` lists make large requests; a page's worth of ids per query is plenty. */
const IDS_PER_IN_QUERY = 100;

/** ANDs conditions; `_.and()` with a single argument would be a needless wrapper. */
export function allOf(command: CloudbaseCommand, conditions: Condition[]): Condition {
  if (conditions.length === 0) return {};
  if (conditions.length === 1) return conditions[0];
  return command.and(...(conditions as Parameters<CloudbaseCommand['and']>));
}

/** Rows that come after `after` in the order: past its sort value, or equal to it with a later id. */
function beyond(command: CloudbaseCommand, order: KeysetOrder, after: CursorPosition): Condition {
  const past = (value: unknown) => (order.direction === 'desc' ? command.lt(value) : command.gt(value));
  return command.or(
    { [order.sortField]: past(after.at) },
    { [order.sortField]: after.at, [order.idField]: past(after.id) },
  );
}

export function checkLimit(limit: number, operation: string): void {
  if (!Number.isInteger(limit) || limit < 1 || limit + 1 > MAX_ROWS_PER_GET) {
    // Past the cap, get() would silently return fewer rows and the page would end early.
    throw new RangeError(`${operation}: page limit must be 1..${MAX_ROWS_PER_GET - 1}, got ${limit}`);
  }
}

/**
 * One keyset page. Asks for one row more than the page holds to learn whether more follow
 * without counting; the cursor condition is an index range, so a deep page costs what the first does.
 */
export async function fetchKeysetPage(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  request: KeysetRequest,
): Promise<{ documents: StoredDocument[]; hasMore: boolean }> {
  const { conditions, after, limit, sortField, idField, direction, operation } = request;
  checkLimit(limit, operation);
  const condition = allOf(command, after ? [...conditions, beyond(command, request, after)] : conditions);
  const reply = await collection
    .where(condition)
    .orderBy(sortField, direction)
    .orderBy(idField, direction)
    .limit(limit + 1)
    .get();
  const rows = rowsOf(reply, operation);
  return { documents: rows.slice(0, limit), hasMore: rows.length > limit };
}

/**
 * Every row matching the conditions, in the given order. get() stops at 1000 rows, so this walks
 * keyset pages until one comes back short (supporters of a popular matter can pass 1000).
 */
export async function fetchAllMatching(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  request: Omit<KeysetRequest, 'after' | 'limit'>,
): Promise<StoredDocument[]> {
  const all: StoredDocument[] = [];
  let after: CursorPosition | null = null;
  for (;;) {
    const page = await fetchKeysetPage(collection, command, { ...request, after, limit: MAX_ROWS_PER_GET - 1 });
    all.push(...page.documents);
    const last = page.documents[page.documents.length - 1];
    if (!page.hasMore || !last) return all;
    after = { at: last[request.sortField] as number, id: String(last[request.idField]) };
  }
}

/** Documents by `_id`, in the order of `ids` (missing ones left out), in chunks `_.in` handles well. */
export async function fetchByIds(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  ids: readonly string[],
  operation: string,
): Promise<StoredDocument[]> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_IN_QUERY) {
    chunks.push(unique.slice(start, start + IDS_PER_IN_QUERY));
  }
  const replies = await Promise.all(
    chunks.map(async (chunk) =>
      rowsOf(
        await collection
          .where({ _id: command.in(chunk) })
          .limit(chunk.length)
          .get(),
        operation,
      ),
    ),
  );
  const byId = new Map(replies.flat().map((document) => [document._id, document]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A `count()` reply's total, checked. */
export function totalOf(reply: unknown, operation: string): number {
  const { total } = succeeded(reply, operation) as { total?: unknown };
  if (typeof total !== 'number' || !Number.isFinite(total)) {
    throw new CloudbaseCallError(operation, 'MALFORMED_REPLY', 'count() returned no numeric "total"', '');
  }
  return total;
}

/** Escapes a literal so a `db.RegExp` matches it as written (terms may hold `.`, `(`, `*`, ...). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
