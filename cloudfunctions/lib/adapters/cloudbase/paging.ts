import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';
import {
  MAX_ROWS_PER_GET,
  rowsOf,
  type CloudbaseCollection,
  type CloudbaseCommand,
  type StoredDocument,
} from './database';
import { fetchKeysetPage } from './keysetPages';

/** A newest-first listing: ordered by a time, then an id that breaks ties. */
export interface NewestFirstRequest {
  timeField: string;
  idField: string;
  filter: Record<string, unknown>;
  after: CursorPosition | null;
  limit: number;
  operation: string;
}

/**
 * One keyset page, newest first: `fetchKeysetPage` over (time desc, id desc), the order of the
 * inbox, the outbox, users and the audit log.
 */
export function fetchNewestFirst(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  request: NewestFirstRequest,
): Promise<{ documents: StoredDocument[]; hasMore: boolean }> {
  const { filter, timeField, ...rest } = request;
  return fetchKeysetPage(collection, command, {
    ...rest,
    conditions: [filter],
    sortField: timeField,
    direction: 'desc',
  });
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
