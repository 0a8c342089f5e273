import { isOpenCase } from '@domain/casework';
import type { CaseRecord } from '../../ports/casework';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';

/**
 * A claim whose case never got written (a dispatch that crashed between the two writes and was
 * not retried) blocks its matter this long; a retry of that dispatch finds its claim at once.
 */
export const STALE_CASE_CLAIM_MS = 60_000;

const MAX_ATTEMPTS = 3;

/**
 * One open case per matter without multi-document transactions: `openCases/<matterId>` names the
 * case that holds the matter, and `_id` uniqueness lets exactly one of concurrent dispatches
 * insert it. A claim whose case is final (verified, withdrawn: its release was lost, or a re-route
 * is handing the matter on) is taken over by a conditional update on the old holder.
 */
export function caseClaims(
  db: CloudbaseDb,
  names: CollectionNames,
  findCase: (id: string) => Promise<CaseRecord | null>,
) {
  const claims = () => db.collection(names.openCases);

  async function replaceable(claim: StoredDocument, at: number): Promise<boolean> {
    const holder = await findCase(String(claim.caseId));
    if (holder) return !isOpenCase(holder.state);
    return Number(claim.claimedAt) < at - STALE_CASE_CLAIM_MS;
  }

  /** True when `caseId` holds the matter (now, or already before: a retry). */
  async function claim(matterId: string, caseId: string, at: number): Promise<boolean> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const document = { _id: matterId, caseId, claimedAt: at };
      if (await insertIfAbsent(claims(), document, 'cases.claim')) return true;
      const held = await findDocumentById(claims(), matterId, 'cases.claim');
      // Released between the two reads: insert again.
      if (!held) continue;
      if (held.caseId === caseId) return true;
      if (!(await replaceable(held, at))) return false;
      const reply = await claims().where({ _id: matterId, caseId: held.caseId }).update({ caseId, claimedAt: at });
      if (countOf(reply, 'updated', 'cases.claim') === 1) return true;
    }
    return false;
  }

  /** Frees the matter if (and only if) `caseId` still holds it. */
  async function release(matterId: string, caseId: string): Promise<void> {
    succeeded(await claims().where({ _id: matterId, caseId }).remove(), 'cases.release');
  }

  return { claim, release };
}
