import type { CursorPosition } from '@domain/pagination';
import type { Page } from '../../ports/storage';
import type { CloudbaseCollection, CloudbaseCommand, StoredDocument } from './database';
import { fetchKeysetPage } from './keysetPages';
import { pageOf } from './paging';

/**
 * A committee's queue of matters or comments of a community, oldest first: those waiting for
 * review, or those flagged (indexes.ts lists the index each reads).
 */
export async function moderationQueue<T extends { createdAt: number; id: string }>(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  toRecord: (stored: StoredDocument) => T,
  query: { communityId: string; kind: 'pending' | 'flagged'; after: CursorPosition | null; limit: number },
  operation: string,
): Promise<Page<T>> {
  const { communityId, kind, after, limit } = query;
  const condition =
    kind === 'pending' ? { communityId, state: 'pending_review' } : { communityId, flagCount: command.gt(0) };
  const { documents, hasMore } = await fetchKeysetPage(collection, command, {
    conditions: [condition],
    after,
    limit,
    sortField: 'createdAt',
    idField: '_id',
    direction: 'asc',
    operation,
  });
  return pageOf(documents.map(toRecord), hasMore, (item) => ({ at: item.createdAt, id: item.id }));
}
