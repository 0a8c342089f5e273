import type { ClaimResult, IdempotencyRepository } from '../../ports/storage';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  succeeded,
  type CloudbaseCollection,
  type CloudbaseDb,
  type StoredDocument,
} from './database';

/**
 * A request id's record. `_id` is the key, so the first insert of a key is the claim: CloudBase
 * refuses every later insert of the same `_id`, atomically, whatever the concurrency.
 *
 * pending (a call is at work) -> completed (its answer is replayed), or -> failed (it threw after
 * it may have written; a retry with the same input takes it over at once and completes the work),
 * or deleted (released: it was refused before writing anything).
 */
interface IdempotencyDocument {
  _id: string;
  fingerprint: string;
  status: 'pending' | 'completed' | 'failed';
  claimedAt: number;
  completedAt: number | null;
  /**
   * The response as JSON text. Stored as text rather than as an object because the update
   * serializer flattens nested objects into dotted paths and drops empty ones (`data: {}` would
   * vanish), and because response keys are not ours to keep free of `.` and `$`.
   */
  responseJson: string | null;
}

/** A claim can vanish between our failed insert and our read (released); then we try again. */
const CLAIM_ATTEMPTS = 3;

const CLAIMED: ClaimResult = { state: 'claimed', earlierAttempt: false };
const TAKEN_OVER: ClaimResult = { state: 'claimed', earlierAttempt: true };
const IN_PROGRESS: ClaimResult = { state: 'in_progress' };
const MISMATCH: ClaimResult = { state: 'mismatch' };

function pendingClaim(key: string, fingerprint: string, now: number): IdempotencyDocument {
  return { _id: key, fingerprint, status: 'pending', claimedAt: now, completedAt: null, responseJson: null };
}

export function createIdempotencyRepository(db: CloudbaseDb, collectionName: string): IdempotencyRepository {
  const records = () => db.collection(collectionName);

  return {
    async claim(key, fingerprint, now, staleAfterMs) {
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
        if (await insertIfAbsent(records(), pendingClaim(key, fingerprint, now), 'idempotency.claim')) {
          return CLAIMED;
        }
        const existing = await findDocumentById(records(), key, 'idempotency.claim');
        if (existing) return judgeExistingClaim(records(), existing, fingerprint, now, staleAfterMs);
      }
      // Claimed and released over and over under our feet: someone is working on it right now.
      return IN_PROGRESS;
    },

    async complete(key, response, now) {
      const changes = {
        status: 'completed',
        completedAt: now,
        responseJson: JSON.stringify(response) ?? 'null',
      };
      const updated = countOf(await records().doc(key).update(changes), 'updated', 'idempotency.complete');
      // `updated` may count only documents that changed (MongoDB's nModified), so 0 can also mean
      // "already completed with the same values". Only a record that is not there at all is a bug.
      if (updated === 0 && !(await findDocumentById(records(), key, 'idempotency.complete'))) {
        throw new Error(`idempotency.complete: no claim is stored for this key`);
      }
    },

    async purgeCompletedBefore(before) {
      const _ = db.command;
      const reply = await records()
        .where({ status: 'completed', completedAt: _.lt(before) })
        .remove();
      return countOf(reply, 'deleted', 'idempotency.purgeCompletedBefore');
    },

    async fail(key, now) {
      // Only a pending claim fails: a completed one (the reply of complete() was lost) keeps answering.
      const reply = await records().where({ _id: key, status: 'pending' }).update({ status: 'failed', claimedAt: now });
      succeeded(reply, 'idempotency.fail');
    },

    async release(key) {
      // Only a pending claim is forgotten: a completed response must keep answering retries.
      succeeded(await records().where({ _id: key, status: 'pending' }).remove(), 'idempotency.release');
    },
  };
}

async function judgeExistingClaim(
  records: CloudbaseCollection,
  stored: StoredDocument,
  fingerprint: string,
  now: number,
  staleAfterMs: number,
): Promise<ClaimResult> {
  const existing = stored as unknown as IdempotencyDocument;
  if (existing.fingerprint !== fingerprint) return MISMATCH;
  if (existing.status === 'completed') {
    return { state: 'completed', response: JSON.parse(existing.responseJson ?? 'null') as unknown };
  }
  if (existing.status === 'failed' || now - existing.claimedAt > staleAfterMs) {
    return takeOverClaim(records, existing, now);
  }
  return IN_PROGRESS;
}

/**
 * A failed claim, or a pending claim older than the allowed time (a call that crashed), is taken
 * over by the retry, which completes the work. Taking it over is a conditional update on the exact
 * claim we saw (same status and `claimedAt`): of several retries racing for it, exactly one
 * changes the document, and the others see `updated === 0`.
 */
async function takeOverClaim(
  records: CloudbaseCollection,
  existing: IdempotencyDocument,
  now: number,
): Promise<ClaimResult> {
  const reply = await records
    .where({ _id: existing._id, status: existing.status, claimedAt: existing.claimedAt })
    .update({ status: 'pending', claimedAt: now });
  return countOf(reply, 'updated', 'idempotency.claim') === 1 ? TAKEN_OVER : IN_PROGRESS;
}
