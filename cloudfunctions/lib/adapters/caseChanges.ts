import { isOpenCase, sameHolder } from '@domain/casework';
import type { CaseChange, CasePatch, CaseRecord, CaseReroute } from '../ports/casework';

/** What both engines share of a case change: the fields it sets, and how a retry is recognised. */

export type CasePatchField = keyof CasePatch;

export const casePatchFields: readonly CasePatchField[] = [
  'state',
  'dueAt',
  'acceptedAt',
  'acceptedBy',
  'returnReason',
  'extension',
  'longTerm',
  'feedback',
  'verification',
  'withdrawReason',
  'nextReminderAt',
];

/** The fields a change sets, undefined ones left out (a spread patch may carry them). */
export function casePatchedFields(change: CaseChange): [CasePatchField, unknown][] {
  return casePatchFields.flatMap((field) =>
    change.patch[field] === undefined ? [] : [[field, change.patch[field]] as [CasePatchField, unknown]],
  );
}

/** The change a re-route makes to the case it replaces. */
export function rerouteChange(reroute: CaseReroute): CaseChange {
  return {
    from: reroute.from,
    patch: { state: 'withdrawn', withdrawReason: reroute.withdrawReason, nextReminderAt: null },
  };
}

/** A re-route's new case must replace this very case, on the same matter, and be open. */
export function checkRerouteTarget(previousId: string, matterId: string | null, next: CaseRecord): void {
  const sameMatter = matterId === null || next.matterId === matterId;
  if (next.previousCaseId !== previousId || !sameMatter || !isOpenCase(next.state)) {
    throw new RangeError(`cases.reroute: ${next.id} does not re-route ${previousId} of matter ${next.matterId}`);
  }
}

/**
 * The moments a step records about itself: a retry made later carries other ones. `reviewAt`
 * (挂账's review date) is the holder's input, not a moment of the call, so it is compared.
 */
const callMoments = new Set(['at', 'requestedAt', 'decidedAt']);
/** Fields set from the call's time (`dueAt` moved by an approval is recomputed from the stored one). */
const callTimedFields = new Set<CasePatchField>(['acceptedAt', 'dueAt', 'nextReminderAt']);

/** A value without the call's moments, object keys sorted so both engines' key orders compare equal. */
function timeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(timeless);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !callMoments.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, timeless(inner)]),
  );
}

/**
 * Whether a refused change was in fact already made: the case stands as the patch would leave
 * it, the call's moments aside (the state, who accepted, the feedback's words and author ...), and the
 * conditions on the holder and the handler hold. Both engines answer such a retry with the stored
 * case, so an accept retried after a lost answer is the user's, while of 50 different users only
 * the one stored gets it. A patch of times only is never taken for a retry.
 */
export function caseStandsAsChanged(stored: CaseRecord | null, change: CaseChange): stored is CaseRecord {
  if (!stored) return false;
  if (change.holder && !sameHolder(stored.holder, change.holder)) return false;
  if (change.notHandledBy !== undefined && stored.feedback?.by === change.notHandledBy) return false;
  const compared = casePatchedFields(change).filter(([field]) => !callTimedFields.has(field));
  if (compared.length === 0) return false;
  const record = stored as unknown as Record<string, unknown>;
  return compared.every(
    ([field, value]) => JSON.stringify(timeless(record[field])) === JSON.stringify(timeless(value)),
  );
}
