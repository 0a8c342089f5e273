import type { OrderChange, OrderRecord } from '../ports/service';

/** What both engines share of an order change: the fields it sets, and how a retry is recognised. */

export type PatchField = keyof OrderChange['patch'];

export const patchFields: readonly PatchField[] = [
  'state',
  'claimantId',
  'claimedAt',
  'startedAt',
  'doneAt',
  'closedAt',
  'rating',
  'thanks',
  'reason',
  'escalatedAt',
];

/** The fields a change sets, undefined ones left out (a spread patch may carry them). */
export function patchedFields(change: OrderChange): [PatchField, unknown][] {
  return patchFields.flatMap((field) =>
    change.patch[field] === undefined ? [] : [[field, change.patch[field]] as [PatchField, unknown]],
  );
}

/**
 * Whether a refused order change was in fact already made: the order stands in the state the
 * patch moves it to, held by the claimant the patch names (or, when the patch leaves the claimant
 * alone, by the one the condition names). Both engines answer such a retry with the stored order,
 * so a claim retried after a lost answer is the volunteer's, while of 100 different claimants only
 * the one stored gets it. A change that sets no state (an escalation) is never taken for a retry.
 */
export function standsAsChanged(stored: OrderRecord | null, change: OrderChange): stored is OrderRecord {
  if (!stored || change.patch.state === undefined || stored.state !== change.patch.state) return false;
  const claimant = change.patch.claimantId !== undefined ? change.patch.claimantId : change.claimantId;
  return claimant === undefined || stored.claimantId === claimant;
}
