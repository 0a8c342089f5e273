import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';
import {
  MAX_ROWS_PER_GET,
  rowsOf,
  type CloudbaseCollection,
  type CloudbaseCommand,
  type StoredDocument,
} from './database';

/** Which fields order a newest-first listing: a time, then an id that breaks ties. */
export interface NewestFirstOrder {
  timeField: string;
  idField: string;
}

export interface NewestFirstRequest extends NewestFirstOrder {
  filter: Record<string, unknown>;
  after: CursorPosition | null;
  limit: number;
  operation: string;
}

/** Rows that come after `after` in (time desc, id desc) order. */
function olderThan(command: CloudbaseCommand, order: NewestFirstOrder, after: CursorPosition) {
  return command.or(
    { [order.timeField]: command.lt(after.at) },
    { [order.timeField]: after.at, [order.idField]: command.lt(after.id) },
  );
}

/**
 * One keyset page, newest first. Asks for one row more than the page holds to learn whether more
 * follow without counting. The cursor condition is an index range on (time, id), so a deep page
 * costs the same as the first, unlike `skip()`.
 */
export async function fetchNewestFirst(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  request: NewestFirstRequest,
): Promise<{ documents: StoredDocument[]; hasMore: boolean }> {
  const { filter, after, limit, timeField, idField, operation } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit + 1 > MAX_ROWS_PER_GET) {
    // Past the cap, get() would silently return fewer rows and the page would end early.
    throw new RangeError(`${operation}: page limit must be 1..${MAX_ROWS_PER_GET - 1}, got ${limit}`);
  }
  const condition = after ? command.and(filter, olderThan(command, request, after)) : filter;
  const reply = await collection
    .where(condition)
    .orderBy(timeField, 'desc')
    .orderBy(idField, 'desc')
    .limit(limit + 1)
    .get();
  const rows = rowsOf(reply, operation);
  return { documents: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A port page: the items and, when more follow, the position of the last one. */
export function pageOf<T>(items: T[], hasMore: boolean, positionOf: (item: T) => CursorPosition): Page<T> {
  const last = items[items.length - 1];
  return { items, next: hasMore && last !== undefined ? positionOf(last) : null };
}

/**
 * Every document of a collection, in `_id` order. get() stops at 1000 rows, so this walks the
 * collection by `_id` ranges until a page comes back short.
 */
export async function readWholeCollection(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  operation: string,
): Promise<StoredDocument[]> {
  const all: StoredDocument[] = [];
  let lastId: string | null = null;
  for (;;) {
    const filter: Record<string, unknown> = lastId === null ? {} : { _id: command.gt(lastId) };
    const reply = await collection.where(filter).orderBy('_id', 'asc').limit(MAX_ROWS_PER_GET).get();
    const rows = rowsOf(reply, operation);
    all.push(...rows);
    if (rows.length < MAX_ROWS_PER_GET) return all;
    lastId = rows[rows.length - 1]._id;
  }
}
