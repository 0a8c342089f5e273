import type Database from 'better-sqlite3';
import type { CursorPosition } from '@domain/pagination';
import type { CommentRecord, CommentRepository, CommentState } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';
import { moderationQueue } from './moderationQueue';
import { bit, statementCache, type StatementCache } from './queryHelpers';

interface CommentRow {
  id: string;
  matter_id: string;
  community_id: string;
  author_id: string;
  parent_id: string | null;
  body: string;
  official: 0 | 1;
  state: CommentState;
  flag_count: number;
  created_at: number;
}

type Thread = CommentRecord & { replies: CommentRecord[] };

export function toComment(row: CommentRow): CommentRecord {
  return {
    id: row.id,
    matterId: row.matter_id,
    communityId: row.community_id,
    authorId: row.author_id,
    parentId: row.parent_id,
    body: row.body,
    official: row.official === 1,
    state: row.state,
    flagCount: row.flag_count,
    createdAt: row.created_at,
  };
}

/** How much the matter's commentCount moves when a comment goes from one state to another. */
function visibleDelta(from: CommentState, to: CommentState): number {
  return (to === 'visible' ? 1 : 0) - (from === 'visible' ? 1 : 0);
}

export function sqliteComments(db: Database.Database): CommentRepository {
  const prepared = statementCache(db);
  const insert = db.prepare(
    `INSERT INTO comments (id, matter_id, community_id, author_id, parent_id, body, official, state, flag_count, created_at)
     VALUES (@id, @matterId, @communityId, @authorId, @parentId, @body, @official, @state, @flagCount, @createdAt)`,
  );
  const byId = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?');
  const moveCount = db.prepare('UPDATE matters SET comment_count = comment_count + ? WHERE id = ?');
  // max(): comments written at nearly the same time may arrive out of order; activity never goes back.
  const countNewComment = db.prepare(
    `UPDATE matters SET comment_count = comment_count + 1, last_activity_at = max(last_activity_at, ?)
     WHERE id = ?`,
  );

  const createTx = db.transaction((comment: CommentRecord) => {
    insert.run({ ...comment, official: bit(comment.official) });
    if (comment.state === 'visible') countNewComment.run(comment.createdAt, comment.matterId);
  });

  const setStateTx = db.transaction((id: string, state: CommentState) => {
    const current = byId.get(id);
    if (!current) return false;
    if (current.state === state) return true;
    db.prepare('UPDATE comments SET state = ? WHERE id = ?').run(state, id);
    const delta = visibleDelta(current.state, state);
    if (delta !== 0) moveCount.run(delta, current.matter_id);
    return true;
  });

  const insertFlag = db.prepare(
    'INSERT INTO comment_flags (comment_id, user_id, reason, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const addFlagTx = db.transaction((commentId: string, userId: string, reason: string, at: number) => {
    const added = insertFlag.run(commentId, userId, reason, at).changes === 1;
    if (added) db.prepare('UPDATE comments SET flag_count = flag_count + 1 WHERE id = ?').run(commentId);
    return { added, flagCount: byId.get(commentId)?.flag_count ?? 0 };
  });

  const flagOf = db.prepare<[string, string], { reason: string; at: number }>(
    'SELECT reason, at FROM comment_flags WHERE comment_id = ? AND user_id = ?',
  );

  const clearFlagsTx = db.transaction((commentId: string) => {
    db.prepare('DELETE FROM comment_flags WHERE comment_id = ?').run(commentId);
    db.prepare('UPDATE comments SET flag_count = 0 WHERE id = ?').run(commentId);
  });

  // Both reads in one transaction, so the replies belong to the same snapshot as their threads.
  const listThreadsTx = db.transaction((matterId: string, after: CursorPosition | null, limit: number) =>
    listThreads(prepared, matterId, after, limit),
  );

  return {
    async create(comment) {
      createTx(comment);
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toComment(row) : null;
    },
    async listThreads(matterId, after, limit) {
      return listThreadsTx(matterId, after, limit);
    },
    async setState(id, state) {
      return setStateTx(id, state);
    },
    async countByAuthorSince(authorId, since) {
      return prepared<{ n: number }>('SELECT count(*) AS n FROM comments WHERE author_id = ? AND created_at >= ?').get(
        authorId,
        since,
      )!.n;
    },
    async findFlag(commentId, userId) {
      return flagOf.get(commentId, userId) ?? null;
    },
    async addFlag(commentId, userId, reason, at) {
      return addFlagTx(commentId, userId, reason, at);
    },
    async clearFlags(commentId) {
      clearFlagsTx(commentId);
    },
    async moderationQueue(communityId, kind, after, limit) {
      return moderationQueue(prepared, { table: 'comments', toRecord: toComment }, communityId, kind, after, limit);
    },
  };
}

/**
 * One page of top-level comments (range of comments_threads with parent_id IS NULL), then the
 * replies of just those threads (ranges of the same index, one per parent).
 */
function listThreads(
  prepared: StatementCache,
  matterId: string,
  after: CursorPosition | null,
  limit: number,
): Page<Thread> {
  const position = rowsAfter('created_at', 'id', 'oldest', after);
  const rows = prepared<CommentRow>(
    `SELECT * FROM comments WHERE matter_id = @matterId AND parent_id IS NULL AND ${position.sql}
     ORDER BY created_at, id LIMIT @limit`,
  ).all({ matterId, ...position.params, limit: limit + 1 });
  const page = toPage(rows.map(toComment), limit, (c) => ({ at: c.createdAt, id: c.id }));
  const replies = repliesByParent(
    prepared,
    matterId,
    page.items.map((c) => c.id),
  );
  return { items: page.items.map((c) => ({ ...c, replies: replies.get(c.id) ?? [] })), next: page.next };
}

function repliesByParent(
  prepared: StatementCache,
  matterId: string,
  parentIds: readonly string[],
): Map<string, CommentRecord[]> {
  const byParent = new Map<string, CommentRecord[]>();
  if (parentIds.length === 0) return byParent;
  const rows = prepared<CommentRow>(
    `SELECT * FROM comments WHERE matter_id = ? AND parent_id IN (SELECT value FROM json_each(?))
     ORDER BY parent_id, created_at, id`,
  ).all(matterId, JSON.stringify(parentIds));
  for (const row of rows) {
    const siblings = byParent.get(row.parent_id!) ?? [];
    siblings.push(toComment(row));
    byParent.set(row.parent_id!, siblings);
  }
  return byParent;
}
