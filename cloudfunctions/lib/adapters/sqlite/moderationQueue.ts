import type { CursorPosition } from '@domain/pagination';
import type { AuthorTally } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';
import type { StatementCache } from './queryHelpers';

/** The table a queue reads, and how one of its rows becomes a record. */
export interface QueueSource<Row, T> {
  table: 'matters' | 'comments';
  toRecord: (row: Row) => T;
}

/**
 * A committee's queue of matters or comments, oldest first: those waiting for review, or those
 * flagged. Each is one index range: 'pending' the pending_review range of matters_newest, or the
 * partial index comments_pending; 'flagged' the partial indexes matters_flagged and
 * comments_flagged (`WHERE flag_count > 0`, migration 3), whose WHERE is repeated here so SQLite
 * may use them.
 */
export function moderationQueue<Row, T extends { createdAt: number; id: string }>(
  prepared: StatementCache,
  source: QueueSource<Row, T>,
  communityId: string,
  kind: 'pending' | 'flagged',
  after: CursorPosition | null,
  limit: number,
): Page<T> {
  const position = rowsAfter('created_at', 'id', 'oldest', after);
  const which = kind === 'pending' ? "state = 'pending_review'" : 'flag_count > 0';
  const rows = prepared<Row>(
    `SELECT * FROM ${source.table} WHERE community_id = @communityId AND ${which} AND ${position.sql}
     ORDER BY created_at, id LIMIT @limit`,
  ).all({ communityId, ...position.params, limit: limit + 1 });
  return toPage(rows.map(source.toRecord), limit, (item) => ({ at: item.createdAt, id: item.id }));
}

/** The queue's author context: each author's matters and rejections, one grouped read of matters_by_author. */
export function tallyByAuthors(prepared: StatementCache, authorIds: readonly string[]): AuthorTally[] {
  if (authorIds.length === 0) return [];
  const names = Object.fromEntries(authorIds.map((id, i) => [`author${i}`, id]));
  return prepared<AuthorTally>(
    `SELECT author_id AS authorId, count(*) AS raised, sum(state = 'rejected') AS rejected FROM matters
     WHERE author_id IN (${Object.keys(names)
       .map((key) => `@${key}`)
       .join(', ')}) GROUP BY author_id`,
  ).all(names);
}
