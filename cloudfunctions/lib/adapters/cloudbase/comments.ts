import type { CursorPosition } from '@domain/pagination';
import type { CommentRecord, CommentRepository, CommentState } from '../../ports/matters';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  insertNew,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { checkLimit, fetchAllMatching, fetchKeysetPage, totalOf } from './keysetPages';
import { relationId } from './matterRelations';
import { moderationQueue } from './moderationQueue';
import { pageOf } from './paging';

/** A comment as stored: `_id` is the comment id. */
type CommentDocument = Omit<CommentRecord, 'id'> & { _id: string };

/** A user's flag on a comment: `_id` = `commentId:userId`, so a user flags a comment once. */
interface CommentFlagDocument {
  _id: string;
  commentId: string;
  userId: string;
  reason: string;
  at: number;
}

/** A state change races other moderators only briefly; after this many lost races, give up. */
const STATE_CHANGE_ATTEMPTS = 5;

function toDocument(comment: CommentRecord): CommentDocument {
  const { id, ...fields } = comment;
  return { _id: id, ...fields };
}

export function toCommentRecord(stored: StoredDocument): CommentRecord {
  const document = stored as unknown as CommentDocument;
  return {
    id: document._id,
    matterId: document.matterId,
    communityId: document.communityId,
    authorId: document.authorId,
    parentId: document.parentId,
    body: document.body,
    official: document.official,
    state: document.state,
    flagCount: document.flagCount,
    createdAt: document.createdAt,
  };
}

const positionOf = (comment: CommentRecord): CursorPosition => ({ at: comment.createdAt, id: comment.id });

/** A matter with fewer comments than this has its first page read in one query. */
const WHOLE_MATTER_READ = 200;

/** The first page of threads out of all of a matter's comments (oldest first), as listThreads pages them. */
function threadsPage(all: CommentRecord[], limit: number) {
  const threads = all.filter((c) => c.parentId === null);
  return pageOf(withReplies(threads.slice(0, limit), all), threads.length > limit, positionOf);
}

/** Each thread with its replies, in the order they came. */
function withReplies(threads: CommentRecord[], replies: CommentRecord[]) {
  return threads.map((thread) => ({ ...thread, replies: replies.filter((reply) => reply.parentId === thread.id) }));
}

/** How the matter's visible-comment count moves when a comment goes from one state to another. */
function visibleDelta(from: CommentState, to: CommentState): -1 | 0 | 1 {
  if (from === to) return 0;
  if (to === 'visible') return 1;
  return from === 'visible' ? -1 : 0;
}

export function createCommentRepository(db: CloudbaseDb, names: CollectionNames): CommentRepository {
  const _ = db.command;
  const comments = () => db.collection(names.comments);
  const commentFlags = () => db.collection(names.commentFlags);
  const matters = () => db.collection(names.matters);

  async function findById(id: string): Promise<CommentRecord | null> {
    const stored = await findDocumentById(comments(), id, 'comments.findById');
    return stored ? toCommentRecord(stored) : null;
  }

  async function moveCommentCount(matterId: string, delta: -1 | 1, operation: string, activityAt?: number) {
    const changes: Record<string, unknown> = { commentCount: _.inc(delta) };
    // `_.max`: a comment that arrives late never moves the matter's last activity backwards.
    if (activityAt !== undefined) changes.lastActivityAt = _.max(activityAt);
    succeeded(await matters().doc(matterId).update(changes), operation);
  }

  /**
   * Changes the state only if it is still `from` (a conditional single-document write), so of two
   * moderators racing, each change is applied and counted exactly once.
   */
  async function changeState(comment: CommentRecord, to: CommentState): Promise<boolean> {
    const reply = await comments().where({ _id: comment.id, state: comment.state }).update({ state: to });
    return countOf(reply, 'updated', 'comments.setState') === 1;
  }

  /**
   * Every comment of the matter in one query, oldest first, when it has fewer than
   * WHOLE_MATTER_READ (most have a handful): a first page then needs no second query for the
   * replies. Null for a matter with more, which is paged as before.
   */
  async function wholeMatter(matterId: string): Promise<CommentRecord[] | null> {
    const reply = await comments()
      .where({ matterId })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(WHOLE_MATTER_READ)
      .get();
    const rows = rowsOf(reply, 'comments.listThreads');
    return rows.length < WHOLE_MATTER_READ ? rows.map(toCommentRecord) : null;
  }

  async function repliesTo(matterId: string, parentIds: string[]): Promise<CommentRecord[]> {
    if (parentIds.length === 0) return [];
    const stored = await fetchAllMatching(comments(), _, {
      conditions: [{ matterId, parentId: _.in(parentIds) }],
      sortField: 'createdAt',
      idField: '_id',
      direction: 'asc',
      operation: 'comments.listThreads',
    });
    return stored.map(toCommentRecord);
  }

  return {
    async create(comment) {
      await insertNew(comments(), toDocument(comment), 'comments.create');
      if (comment.state === 'visible') {
        await moveCommentCount(comment.matterId, 1, 'comments.create', comment.createdAt);
      }
    },

    findById,

    async listThreads(matterId, after, limit) {
      checkLimit(limit, 'comments.listThreads');
      if (after === null) {
        const whole = await wholeMatter(matterId);
        if (whole) return threadsPage(whole, limit);
      }
      const { documents, hasMore } = await fetchKeysetPage(comments(), _, {
        conditions: [{ matterId, parentId: null }],
        after,
        limit,
        sortField: 'createdAt',
        idField: '_id',
        direction: 'asc',
        operation: 'comments.listThreads',
      });
      const threads = documents.map(toCommentRecord);
      const replies = await repliesTo(
        matterId,
        threads.map((thread) => thread.id),
      );
      return pageOf(withReplies(threads, replies), hasMore, positionOf);
    },

    async setState(id, state) {
      for (let attempt = 0; attempt < STATE_CHANGE_ATTEMPTS; attempt += 1) {
        const comment = await findById(id);
        if (!comment) return false;
        if (comment.state === state) return true;
        if (await changeState(comment, state)) {
          const delta = visibleDelta(comment.state, state);
          if (delta !== 0) await moveCommentCount(comment.matterId, delta, 'comments.setState');
          return true;
        }
        // Someone else changed the state between our read and our write: read again.
      }
      throw new Error(`comments.setState: the state of ${id} kept changing under us`);
    },

    async countByAuthorSince(authorId, since) {
      const reply = await comments()
        .where({ authorId, createdAt: _.gte(since) })
        .count();
      return totalOf(reply, 'comments.countByAuthorSince');
    },

    async addFlag(commentId, userId, reason, at) {
      const operation = 'comments.addFlag';
      const flag: CommentFlagDocument = { _id: relationId(commentId, userId), commentId, userId, reason, at };
      const added = await insertIfAbsent(commentFlags(), flag, operation);
      if (added) {
        succeeded(
          await comments()
            .doc(commentId)
            .update({ flagCount: _.inc(1) }),
          operation,
        );
      }
      const comment = await findById(commentId);
      return { added, flagCount: comment?.flagCount ?? 0 };
    },

    async findFlag(commentId, userId) {
      const flag = await findDocumentById(commentFlags(), relationId(commentId, userId), 'comments.findFlag');
      return flag ? { reason: String(flag.reason), at: Number(flag.at) } : null;
    },

    async clearFlags(commentId) {
      const operation = 'comments.clearFlags';
      succeeded(await commentFlags().where({ commentId }).remove(), operation);
      // From a count, not 0: a flag raised after the remove keeps its row and is still counted.
      const flagCount = totalOf(await commentFlags().where({ commentId }).count(), operation);
      succeeded(await comments().doc(commentId).update({ flagCount }), operation);
    },

    moderationQueue: (communityId, kind, after, limit) =>
      moderationQueue(comments(), _, toCommentRecord, { communityId, kind, after, limit }, 'comments.moderationQueue'),
  };
}
