import type { CursorPosition } from '@domain/pagination';
import type { AuthorTally } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import {
  MAX_ROWS_PER_GET,
  rowsOf,
  type CloudbaseCollection,
  type CloudbaseCommand,
  type StoredDocument,
} from './database';
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

/**
 * The queue's author context: one aggregate grouping the authors' matters by (author, state) on
 * the authorId index, summed here into raised and rejected (a dozen states at most per author).
 */
export async function tallyByAuthors(
  collection: CloudbaseCollection,
  command: CloudbaseCommand,
  authorIds: readonly string[],
): Promise<AuthorTally[]> {
  if (authorIds.length === 0) return [];
  const operation = 'matters.tallyByAuthors';
  const reply = await collection
    .aggregate()
    .match({ authorId: command.in([...authorIds]) })
    .group({ _id: { authorId: '$authorId', state: '$state' }, count: command.aggregate.sum(1) })
    .limit(MAX_ROWS_PER_GET)
    .end();
  const tallies = new Map<string, AuthorTally>();
  for (const row of rowsOf(reply, operation)) {
    const { authorId, state } = row._id as unknown as { authorId: string; state: string };
    const tally = tallies.get(authorId) ?? { authorId, raised: 0, rejected: 0 };
    tally.raised += Number(row.count);
    if (state === 'rejected') tally.rejected += Number(row.count);
    tallies.set(authorId, tally);
  }
  return [...tallies.values()];
}
