import type { OutboxResult, OutboxRow } from '../../ports/notifications';
import type { StoredDocument } from './database';

/**
 * An outbox row as stored: `_id` is the row id, derived from (user, dedupe key) by `notify`,
 * so a retried call that writes the row again finds the first one instead of queueing a second
 * message (see notificationWriter.ts).
 */
export type OutboxDocument = Omit<OutboxRow, 'id'> & { _id: string };

export function toOutboxDocument(row: OutboxRow): OutboxDocument {
  const { id, ...fields } = row;
  return { _id: id, ...fields };
}

export function toOutboxRow(stored: StoredDocument): OutboxRow {
  const document = stored as unknown as OutboxDocument;
  return {
    id: document._id,
    userId: document.userId,
    communityId: document.communityId,
    kind: document.kind,
    templateKey: document.templateKey,
    templateId: document.templateId,
    page: document.page,
    data: document.data,
    values: document.values,
    digestKey: document.digestKey ?? null,
    status: document.status,
    attempts: document.attempts,
    notBefore: document.notBefore,
    expiresAt: document.expiresAt ?? null,
    claimToken: document.claimToken ?? null,
    claimedUntil: document.claimedUntil ?? null,
    lastError: document.lastError,
    mergedInto: document.mergedInto ?? null,
    creditTaken: document.creditTaken ?? false,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    sentAt: document.sentAt ?? null,
  };
}

/**
 * The update that records an attempt's result and lets go of the claim. Only flat values: the
 * update serializer would turn an object into dotted paths, and none is needed here.
 */
export function resultChanges(result: OutboxResult, now: number): Record<string, unknown> {
  const changes: Record<string, unknown> = {
    status: result.status,
    attempts: result.attempts,
    notBefore: result.notBefore,
    lastError: result.lastError,
    sentAt: result.sentAt,
    claimToken: null,
    claimedUntil: null,
    creditTaken: false,
    updatedAt: now,
  };
  // Left as it was unless the result names the row this one went out with.
  if (result.mergedInto !== undefined && result.mergedInto !== null) changes.mergedInto = result.mergedInto;
  return changes;
}
