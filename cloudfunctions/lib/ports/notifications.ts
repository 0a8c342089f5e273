import type { CursorPosition } from '@domain/pagination';
import type { NotificationKind, NotificationRefType } from '@domain/notifications/kinds';
import type { MessageValues, TemplateKey } from '@domain/notifications/templates';
import type { Page } from './storage';

/** One line in a user's 消息 list. The id is derived from (user, dedupe key): a repeat is a no-op. */
export interface InboxEntry {
  id: string;
  userId: string;
  kind: NotificationKind;
  refType: NotificationRefType;
  refId: string;
  title: string;
  text: string;
  createdAt: number;
  readAt: number | null;
}

export interface InboxRepository {
  /** Newest first, keyset paginated on (createdAt, id). */
  list(userId: string, after: CursorPosition | null, limit: number): Promise<Page<InboxEntry>>;
  unreadCount(userId: string): Promise<number>;
  /** Marks the user's own entries among `ids` read; others' ids are ignored. */
  markRead(userId: string, ids: readonly string[], now: number): Promise<void>;
  markAllRead(userId: string, now: number): Promise<void>;
}

/**
 * pending -> sending (claimed, lease running) -> sent | skipped | failed | merged, or back to
 * pending with a later notBefore (retry, quiet hours, digest window).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed' | 'merged';

/** One would-be WeChat subscribe message. */
export interface OutboxRow {
  id: string;
  userId: string;
  communityId: string;
  kind: NotificationKind;
  templateKey: TemplateKey;
  templateId: string;
  /** The mini-program page the message opens. */
  page: string;
  /** subscribeMessage.send's data, already cut to WeChat's limits. */
  data: Record<string, { value: string }>;
  /** What `data` was made from, so a retry after a template fix can make it again. */
  values: MessageValues;
  /** Rows sharing a key go out at most once per hour (one per user and matter); null = never held. */
  digestKey: string | null;
  status: OutboxStatus;
  attempts: number;
  /** Not to be sent before this moment (quiet hours, backoff, digest window). */
  notBefore: number;
  /** Past this moment the message is dropped unsent (a reminder of a visit that has begun). */
  expiresAt: number | null;
  claimToken: string | null;
  claimedUntil: number | null;
  /** Why it was skipped or failed, or the last retryable error. */
  lastError: string;
  /** For a merged row: the row that went out in its place. */
  mergedInto: string | null;
  /**
   * A consent credit was taken for the attempt in progress. Kept on the row so that a dispatcher
   * dying before the send does not cost the message: the next claim sends without taking
   * another. Every finish clears it (the credit was spent, or given back).
   */
  creditTaken: boolean;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

/** The result of one delivery attempt, written only by the holder of the claim. */
export interface OutboxResult {
  status: Exclude<OutboxStatus, 'sending'>;
  attempts: number;
  notBefore: number;
  lastError: string;
  sentAt: number | null;
  mergedInto?: string | null;
}

export interface OutboxRepository {
  /** Rows a dispatcher may take now: pending and due, or sending with an expired lease. Oldest first. */
  due(now: number, limit: number): Promise<OutboxRow[]>;
  /**
   * Takes the row for one delivery attempt if nobody holds it: a conditional update on status
   * (and lease), so of two dispatchers exactly one gets it. Null when someone else did.
   */
  claim(id: string, token: string, now: number, leaseMs: number): Promise<OutboxRow | null>;
  /** Notes, while `token` holds the claim, that a consent credit is taken for this attempt. */
  markCreditTaken(id: string, token: string, now: number): Promise<boolean>;
  /** Records the attempt's result (and clears creditTaken) if `token` still holds the claim; false when the lease was lost. */
  finish(id: string, token: string, result: OutboxResult, now: number): Promise<boolean>;
  /**
   * The newest other row under the digest key that is newer than `row` by (createdAt, id) and
   * is waiting or already went out (pending, sending or sent): either way it carries this row's
   * news, so this row is merged into it. Null if none, or if row.digestKey is null.
   */
  newerInDigest(row: OutboxRow): Promise<OutboxRow | null>;
  /**
   * The hourly digest gate. Takes the key for `rowId` when nothing went out under it within
   * `windowMs`, or when `rowId` already holds it (a retry: lastAt moves to now, since the window
   * counts from the send that gets through): `{ taken: true }`; otherwise
   * `{ taken: false, lastAt }` so the row can wait until `lastAt + windowMs`.
   */
  takeDigest(
    key: string,
    rowId: string,
    now: number,
    windowMs: number,
  ): Promise<{ taken: true } | { taken: false; lastAt: number }>;
  /** A user's own messages, newest first (the 微信通知 view). */
  listForUser(userId: string, after: CursorPosition | null, limit: number): Promise<Page<OutboxRow>>;
  /** Failed rows of these communities, newest first (the committee's delivery problems). */
  listFailed(communityIds: readonly string[], after: CursorPosition | null, limit: number): Promise<Page<OutboxRow>>;
  findById(id: string): Promise<OutboxRow | null>;
  /**
   * A failed row back to pending (the committee asked to try again), with its message made again
   * from the deployment's current template (the failure may have been the template's). False
   * unless it was failed.
   */
  requeue(
    id: string,
    now: number,
    message: { templateId: string; data: Record<string, { value: string }> },
  ): Promise<boolean>;
}

/** Subscribe-message credits: one accept in WeChat's consent dialog = one message we may send. */
export interface SubscriptionRepository {
  /**
   * One credit more. With a `grantId` (derived from the request that reported the consent) a
   * grant already counted under that id adds nothing: a subscribe retried after a failure
   * counts each accept once.
   */
  grant(userId: string, templateId: string, now: number, grantId?: string): Promise<void>;
  /**
   * One credit more for each distinct template of `templateIds`: what one consent dialog accepted,
   * recorded together (on CloudBase one request in the usual cases, where `grant` per template
   * costs one or two each). The one `grantId` (derived from the request that reported the
   * consent) names the whole consent: a template whose credit was already counted under it adds
   * nothing, so a request retried after a failure half way counts each accept once and adds
   * what the failed attempt had not. Nothing for an empty list.
   */
  grantAll(userId: string, templateIds: readonly string[], now: number, grantId: string): Promise<void>;
  /** Takes one credit if there is one (conditional decrement): false = no consent left. */
  take(userId: string, templateId: string, now: number): Promise<boolean>;
  /** Gives back a credit taken for a send WeChat did not deliver (network error, bad data). */
  refund(userId: string, templateId: string, now: number): Promise<void>;
  /** WeChat said 43101: whatever we counted, none is left. */
  clear(userId: string, templateId: string, now: number): Promise<void>;
  credits(userId: string): Promise<Record<string, number>>;
}

/** When each timer job last ran to completion, so a late or repeated firing sends nothing twice. */
export interface JobRunRepository {
  lastRun(job: string): Promise<number | null>;
  /** Moves the mark from `from` to `to` only if it is still `from` (compare and set). */
  advance(job: string, from: number | null, to: number): Promise<boolean>;
}

/** Writes a notification's inbox entries and outbox rows; entries or rows that exist are left alone. */
export interface NotificationWriter {
  record(entries: readonly InboxEntry[], rows: readonly OutboxRow[]): Promise<void>;
}
