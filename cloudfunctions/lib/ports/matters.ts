import type { CursorPosition } from '@domain/pagination';
import type { MatterCategory } from '@domain/matters/categories';
import type { MatterState } from '@domain/matters/states';
import type { OnBehalfRecord } from './onBehalf';
import type { Page } from './storage';

/**
 * Storage of 居民说事: matters, their public timeline, supports, follows, flags, comments and
 * consultations. Every method is one atomic step on both engines (SQLite: one transaction;
 * CloudBase: one document write or a unique-_id insert), so a service can be retried safely.
 */

export type PhotoStatus = 'checking' | 'passed' | 'rejected';

export interface PhotoRecord {
  fileId: string;
  status: PhotoStatus;
}

export interface EscalationRecord {
  level: 'street' | 'district';
  department: string;
  /** Shanghai calendar date `YYYY-MM-DD`. */
  dueDate: string;
  note: string;
  escalatedAt: number;
  response: string;
  respondedAt: number | null;
  /**
   * The exact due time when a case holds the matter (街呼区应 down to the grid, docs/adr/0014):
   * the holder answers by a time, not a day. Absent on the committee's own 上报 notes.
   */
  dueAt?: number;
}

export interface RatingRecord {
  score: number;
  comment: string;
  at: number;
}

export interface MatterRecord {
  id: string;
  communityId: string;
  authorId: string;
  /**
   * The cadre who raised the matter on the author's behalf (a visit turned into a matter), or
   * null when the author raised it. The matter still counts as the author's.
   */
  raisedById: string | null;
  /**
   * 红色代办: staff raised it for a resident at the door (raisedById is then that staff member):
   * how the resident agreed, their name (the only one of a resident without an account, whose
   * matter is authored by the staff member), and a family member to tell. Null otherwise.
   */
  onBehalf: OnBehalfRecord | null;
  /** Hidden from other residents; never from the committee. */
  anonymous: boolean;
  title: string;
  body: string;
  category: MatterCategory;
  gridId: string | null;
  compoundId: string | null;
  /** Building or door the matter is about: address-like, so only author and committee see it. */
  building: string;
  photos: PhotoRecord[];
  state: MatterState;
  /** The state to return to when a hidden matter is unhidden. */
  stateBeforeHidden: MatterState | null;
  /** The content check said "review": a person must look before it is published. */
  needsReview: boolean;
  rejectionReason: string;
  supportCount: number;
  commentCount: number;
  followerCount: number;
  flagCount: number;
  pinned: boolean;
  mergedIntoId: string | null;
  resolvedAt: number | null;
  rating: RatingRecord | null;
  escalation: EscalationRecord | null;
  createdAt: number;
  updatedAt: number;
  lastActivityAt: number;
}

/** Who took a step: the people by role (the case roles for the case loop's hand-offs), or the system. */
export type TimelineActor =
  | 'resident'
  | 'cadre'
  | 'committee'
  | 'admin'
  | 'gridWorker'
  | 'street'
  | 'department'
  | 'property'
  | 'system';

export interface TimelineRecord {
  id: string;
  matterId: string;
  at: number;
  transition: string;
  fromState: MatterState | null;
  toState: MatterState;
  actorId: string | null;
  actorRole: TimelineActor;
  note: string;
}

export type MatterSort = 'newest' | 'supported' | 'active';

export interface MatterListQuery {
  communityId: string;
  states: readonly MatterState[];
  category?: MatterCategory;
  sort: MatterSort;
  /** Every term must occur in the title. */
  terms: readonly string[];
  pinned?: boolean;
  /** Cursor: `at` is the sort value (createdAt, supportCount or lastActivityAt). */
  after: CursorPosition | null;
  limit: number;
}

export type MatterRelation = 'raised' | 'supported' | 'following';

/** Fields a transition may change besides the state. */
export type MatterPatch = Partial<
  Pick<
    MatterRecord,
    | 'anonymous'
    | 'stateBeforeHidden'
    | 'needsReview'
    | 'rejectionReason'
    | 'pinned'
    | 'mergedIntoId'
    | 'resolvedAt'
    | 'rating'
    | 'escalation'
    | 'photos'
    | 'lastActivityAt'
  >
>;

export interface AuthorTally {
  authorId: string;
  raised: number;
  rejected: number;
}

export interface MatterRepository {
  /**
   * Inserts the matter and its first timeline entry. With `authorFollows`, its author follows it
   * from the start: the follow is stored before the matter, which is inserted counting it (one
   * write fewer than addFollow afterwards, and a matter is never seen without its author's follow).
   */
  create(matter: MatterRecord, firstEntry: TimelineRecord, options?: { authorFollows?: boolean }): Promise<void>;
  findById(id: string): Promise<MatterRecord | null>;
  findByIds(ids: readonly string[]): Promise<MatterRecord[]>;
  /**
   * Moves the matter to `to` only if it is still in `expected` (optimistic concurrency), applies
   * the patch, bumps updatedAt, and appends the timeline entry. False when the state had changed.
   */
  transition(
    id: string,
    expected: MatterState,
    to: MatterState,
    patch: MatterPatch,
    entry: TimelineRecord,
  ): Promise<boolean>;
  /** Changes fields that are not the state (pin, photo checks, rating). False if no such matter. */
  update(id: string, patch: MatterPatch, now: number): Promise<boolean>;
  list(query: MatterListQuery): Promise<Page<MatterRecord>>;
  /**
   * The first page of a list as it opens: its pinned matters (at most `pinnedMax`, in the list's
   * order) and the first page of the others (`next` continues them with `list`, pinned: false),
   * read together where the engine can (one query on either).
   */
  listFirstPage(
    query: Omit<MatterListQuery, 'pinned' | 'after'>,
    pinnedMax: number,
  ): Promise<{ pinned: MatterRecord[]; others: Page<MatterRecord> }>;
  /** The most recently active matters of a community in the given states and category (duplicate candidates). */
  recentInCategory(
    communityId: string,
    category: MatterCategory,
    states: readonly MatterState[],
    limit: number,
  ): Promise<MatterRecord[]>;
  countByAuthorSince(authorId: string, since: number): Promise<number>;
  /**
   * Matters escalated to the street or a department, not yet answered, whose answer date is in
   * [fromDate, toDate] (all communities), by (dueDate, id): the overdue-escalation timer asks for
   * the due dates that became overdue since its last run, so a backlog never hides new ones.
   */
  listEscalatedDueBetween(fromDate: string, toDate: string, limit: number): Promise<MatterRecord[]>;
  /** Resolved matters (all communities) whose resolvedAt is at or before `before`, oldest first: the auto-close timer. */
  listResolvedBefore(before: number, limit: number): Promise<MatterRecord[]>;
  /**
   * Rejected matters (all communities) last changed at or before `before` that still hold photos,
   * oldest first: the retention clean-up erases them (a rejected matter is final).
   */
  listRejectedWithPhotosBefore(before: number, limit: number): Promise<MatterRecord[]>;
  /**
   * The matter's timeline, oldest first. `read` is the matter as this storage returned it a moment
   * ago in the same call, when the caller has it: an adapter may take what it needs from it
   * instead of reading the matter again.
   */
  timeline(matterId: string, read?: MatterRecord): Promise<TimelineRecord[]>;
  /** Pending review, or flagged (those hidden by 3 flags included): the committee's queue, oldest first. */
  moderationQueue(
    communityId: string,
    kind: 'pending' | 'flagged',
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<MatterRecord>>;

  /**
   * How many matters each of these authors raised, and how many were rejected: the author context
   * of the moderation queue. Counted in storage (one grouped query); authors with none are left out.
   */
  tallyByAuthors(authorIds: readonly string[]): Promise<AuthorTally[]>;
  /** One support per resident per matter; the count changes only when a row was added or removed. */
  addSupport(matterId: string, userId: string, at: number): Promise<boolean>;
  removeSupport(matterId: string, userId: string): Promise<boolean>;
  addFollow(matterId: string, userId: string, at: number): Promise<boolean>;
  removeFollow(matterId: string, userId: string): Promise<boolean>;
  /** Whether the user supports and follows the matter (what its page shows as theirs). */
  relationOf(matterId: string, userId: string): Promise<{ supported: boolean; following: boolean }>;
  supporterIds(matterId: string): Promise<string[]>;
  followerIds(matterId: string): Promise<string[]>;
  /**
   * Merge: supports and follows of `fromId` move to `intoId`; a user who had both keeps one.
   * Both matters' counts are recomputed from the rows, so nothing is double counted.
   */
  moveRelations(fromId: string, intoId: string, at: number): Promise<{ supportCount: number; followerCount: number }>;
  /** Newest first: what a user raised, supported or follows. Cursor `at` is the relation time. */
  listByUser(
    userId: string,
    relation: MatterRelation,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<MatterRecord>>;
  /** One flag per user per matter; returns the matter's flag count after the call. */
  addFlag(matterId: string, userId: string, reason: string, at: number): Promise<{ added: boolean; flagCount: number }>;
  /** After review the flags are cleared, so the matter leaves the flagged queue. */
  clearFlags(matterId: string): Promise<void>;
}

export type CommentState = 'visible' | 'pending_review' | 'hidden';

export interface CommentRecord {
  id: string;
  matterId: string;
  communityId: string;
  authorId: string;
  /** One level of replies: a reply's parent is always a top-level comment. */
  parentId: string | null;
  body: string;
  official: boolean;
  state: CommentState;
  flagCount: number;
  createdAt: number;
}

export interface CommentRepository {
  /** Inserts the comment and, when it is visible, bumps the matter's commentCount and lastActivityAt. */
  create(comment: CommentRecord): Promise<void>;
  findById(id: string): Promise<CommentRecord | null>;
  /** Top-level comments oldest first (keyset on createdAt,id), with all their replies. */
  listThreads(
    matterId: string,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<CommentRecord & { replies: CommentRecord[] }>>;
  /** Changes the state and keeps the matter's commentCount equal to its visible comments. */
  setState(id: string, state: CommentState): Promise<boolean>;
  countByAuthorSince(authorId: string, since: number): Promise<number>;
  addFlag(
    commentId: string,
    userId: string,
    reason: string,
    at: number,
  ): Promise<{ added: boolean; flagCount: number }>;
  clearFlags(commentId: string): Promise<void>;
  /**
   * The user's flag on the comment, if any (flags are cleared on review): a flag retried after its
   * earlier attempt hid the comment recognises its own flag there.
   */
  findFlag(commentId: string, userId: string): Promise<{ reason: string; at: number } | null>;
  moderationQueue(
    communityId: string,
    kind: 'pending' | 'flagged',
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<CommentRecord>>;
}
