import type { AuditEntry } from '@domain/contract';
import { caseTransitions, type CaseAction } from '@domain/casework';
import type { Fields } from './exportRows';

/**
 * 案件办理, the casework sheet of the data export: the steps a staff member took on 街呼区应 cases
 * (派遣, 受理, 退单, 改派, 延期, 挂账, 处理反馈, 核查, 撤回) and what they wrote with each, read from
 * their audit lines (every step writes one, with its words). The cases themselves are the
 * community's work record and stay with it.
 */
export interface CaseStepRow {
  caseId: string;
  step: string;
  communityId: string | null;
  detail: Record<string, unknown> | null;
  at: number;
}

const stepLabels: Record<string, string> = Object.fromEntries(
  (Object.keys(caseTransitions) as CaseAction[]).map((action) => [action, caseTransitions[action].label]),
);

export const caseStepFields: Fields<CaseStepRow> = {
  caseId: '案件编号',
  step: { header: '办理步骤', labels: stepLabels },
  communityId: '社区',
  detail: { header: '填写的内容', width: 40 },
  at: '时间',
};

/** The user's own case steps, oldest first, from the audit lines naming them as the actor. */
export function caseStepRows(audit: readonly AuditEntry[], userId: string): CaseStepRow[] {
  return audit
    .filter((entry) => entry.actorId === userId && entry.targetType === 'case' && entry.action.startsWith('casework.'))
    .map((entry) => ({
      caseId: entry.targetId,
      step: entry.action.slice('casework.'.length),
      communityId: entry.communityId,
      detail: entry.after,
      at: entry.at,
    }));
}
