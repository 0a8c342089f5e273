import type { CaseState, ExtensionRequest, HolderKind, RoutingOverride, SlaClass } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { CaseFeedback, CaseLongTerm, CaseRecord, CaseVerification } from '../../ports/casework';
import type { CasePatchField } from '../caseChanges';
import { jsonOrNull, parseJsonOrNull } from './queryHelpers';

/** A case as `cases` holds it: the holder in two columns, each step's record in a JSON column. */
export interface CaseRow {
  id: string;
  matter_id: string;
  community_id: string;
  street_id: string;
  grid_id: string | null;
  compound_id: string | null;
  category: MatterCategory;
  holder_kind: HolderKind;
  holder_id: string;
  sla_class: SlaClass;
  state: CaseState;
  dispatched_at: number;
  due_at: number;
  dispatched_by: string;
  override_json: string | null;
  accepted_at: number | null;
  accepted_by: string | null;
  return_reason: string;
  extension_json: string | null;
  long_term_json: string | null;
  feedback_json: string | null;
  verification_json: string | null;
  withdraw_reason: string;
  previous_case_id: string | null;
  next_reminder_at: number | null;
  updated_at: number;
}

export function toCase(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    matterId: row.matter_id,
    communityId: row.community_id,
    streetId: row.street_id,
    gridId: row.grid_id,
    compoundId: row.compound_id,
    category: row.category,
    holder: { kind: row.holder_kind, id: row.holder_id },
    slaClass: row.sla_class,
    state: row.state,
    dispatchedAt: row.dispatched_at,
    dueAt: row.due_at,
    dispatchedBy: row.dispatched_by,
    override: parseJsonOrNull<RoutingOverride>(row.override_json),
    acceptedAt: row.accepted_at,
    acceptedBy: row.accepted_by,
    returnReason: row.return_reason,
    extension: parseJsonOrNull<ExtensionRequest>(row.extension_json),
    longTerm: parseJsonOrNull<CaseLongTerm>(row.long_term_json),
    feedback: parseJsonOrNull<CaseFeedback>(row.feedback_json),
    verification: parseJsonOrNull<CaseVerification>(row.verification_json),
    withdrawReason: row.withdraw_reason,
    previousCaseId: row.previous_case_id,
    nextReminderAt: row.next_reminder_at,
    updatedAt: row.updated_at,
  };
}

/** Inserts unless the id exists or the matter has an open case (the partial unique index). */
export const insertCaseSql = `INSERT INTO cases (id, matter_id, community_id, street_id, grid_id, compound_id, category,
    holder_kind, holder_id, sla_class, state, dispatched_at, due_at, dispatched_by, override_json, accepted_at,
    accepted_by, return_reason, extension_json, long_term_json, feedback_json, verification_json, withdraw_reason,
    previous_case_id, next_reminder_at, updated_at)
  VALUES (@id, @matterId, @communityId, @streetId, @gridId, @compoundId, @category, @holderKind, @holderId, @slaClass,
    @state, @dispatchedAt, @dueAt, @dispatchedBy, @override, @acceptedAt, @acceptedBy, @returnReason, @extension,
    @longTerm, @feedback, @verification, @withdrawReason, @previousCaseId, @nextReminderAt, @updatedAt)
  ON CONFLICT DO NOTHING`;

export function caseParams(record: CaseRecord) {
  const { holder, override, extension, longTerm, feedback, verification, ...fields } = record;
  return {
    ...fields,
    holderKind: holder.kind,
    holderId: holder.id,
    override: jsonOrNull(override),
    extension: jsonOrNull(extension),
    longTerm: jsonOrNull(longTerm),
    feedback: jsonOrNull(feedback),
    verification: jsonOrNull(verification),
  };
}

/** The column of each field a change may set; the SET list is built only from these names. */
export const casePatchColumns: Record<CasePatchField, { column: string; json: boolean }> = {
  state: { column: 'state', json: false },
  dueAt: { column: 'due_at', json: false },
  acceptedAt: { column: 'accepted_at', json: false },
  acceptedBy: { column: 'accepted_by', json: false },
  returnReason: { column: 'return_reason', json: false },
  extension: { column: 'extension_json', json: true },
  longTerm: { column: 'long_term_json', json: true },
  feedback: { column: 'feedback_json', json: true },
  verification: { column: 'verification_json', json: true },
  withdrawReason: { column: 'withdraw_reason', json: false },
  nextReminderAt: { column: 'next_reminder_at', json: false },
};
