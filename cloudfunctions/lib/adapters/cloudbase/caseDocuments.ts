import type { CaseChange, CaseRecord } from '../../ports/casework';
import { casePatchedFields } from '../caseChanges';
import type { CloudbaseCommand, StoredDocument } from './database';

/**
 * A case as the `cases` collection holds it: the record under `_id`, its holder in two top-level
 * fields (`holderKind`, `holderId`) that the indexes and filters use, and two fields the steps'
 * conditions read: `handledBy` (who gave the feedback: never the verifier) and
 * `extensionDecision` (null until an extension is asked, then pending, approved or refused).
 */
export interface CaseDocument extends Omit<CaseRecord, 'id' | 'holder'> {
  _id: string;
  holderKind: CaseRecord['holder']['kind'];
  holderId: string;
  handledBy: string | null;
  extensionDecision: string | null;
}

export function toCaseDocument(record: CaseRecord): CaseDocument {
  const { id, holder, ...fields } = record;
  return {
    _id: id,
    ...fields,
    holderKind: holder.kind,
    holderId: holder.id,
    handledBy: record.feedback?.by ?? null,
    extensionDecision: record.extension?.decision ?? null,
  };
}

export function toCaseRecord(stored: StoredDocument): CaseRecord {
  const { _id, holderKind, holderId, handledBy: _handledBy, extensionDecision: _decision, ...fields } = stored;
  return {
    id: _id,
    ...fields,
    holder: { kind: holderKind, id: holderId },
  } as unknown as CaseRecord;
}

/**
 * The update for a change. Objects go through `_.set()` whole: given a plain object, the update
 * serializer writes one dotted path per leaf, which fails on a field that is null now
 * (matterDocuments.ts tells the rest). The condition fields follow the records they mirror.
 */
export function caseUpdate(command: CloudbaseCommand, change: CaseChange, now: number): Record<string, unknown> {
  const update: Record<string, unknown> = { updatedAt: now };
  for (const [field, value] of casePatchedFields(change)) {
    update[field] = typeof value === 'object' && value !== null ? command.set(value) : value;
  }
  const { feedback, extension } = change.patch;
  if (feedback !== undefined) update.handledBy = feedback?.by ?? null;
  if (extension !== undefined) update.extensionDecision = extension?.decision ?? null;
  return update;
}

/** Where the change applies: the case, in one of `from`, and whatever else the change names. */
export function caseCondition(command: CloudbaseCommand, id: string, change: CaseChange): Record<string, unknown> {
  const condition: Record<string, unknown> = { _id: id, state: command.in([...change.from]) };
  if (change.holder) Object.assign(condition, { holderKind: change.holder.kind, holderId: change.holder.id });
  if (change.notHandledBy !== undefined) condition.handledBy = command.neq(change.notHandledBy);
  if (change.extensionIs === 'none') condition.extensionDecision = null;
  if (change.extensionIs === 'pending') condition.extensionDecision = 'pending';
  return condition;
}
