import { canStillReturn, caseReturnDeadline, isCaseOverdue, type CaseAction, type CaseClock } from '@domain/casework';
import type { CaseRecord } from '../../ports/casework';

/** The running clock of a case as the domain's rules read it. */
export function clockOf(record: CaseRecord): CaseClock {
  const approved = record.extension?.decision === 'approved' ? record.extension.hours : null;
  return { slaClass: record.slaClass, dispatchedAt: record.dispatchedAt, dueAt: record.dueAt, extendedHours: approved };
}

export function overdue(record: CaseRecord, now: number): boolean {
  return isCaseOverdue(record.state, clockOf(record), now);
}

/** Null once the holder has answered: the window only matters while the case waits. */
export function returnDeadlineOf(record: CaseRecord): number | null {
  return record.state === 'dispatched' ? caseReturnDeadline(clockOf(record)) : null;
}

/**
 * Whether a step the state table offers is open now, by the guards' data: 退单 within the window,
 * one extension request per dispatch before the due time, a decision only on a pending request.
 */
export function guardAllows(record: CaseRecord, action: CaseAction, now: number): boolean {
  switch (action) {
    case 'return':
      return canStillReturn(clockOf(record), now);
    case 'requestExtension':
      return record.extension === null && now < record.dueAt;
    case 'decideExtension':
      return record.extension?.decision === 'pending';
    default:
      return true;
  }
}
