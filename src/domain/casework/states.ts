import { isOverdue, type CaseClock } from './sla';

/**
 * The states of a case (案件), the matter's journey once the committee dispatches it (街呼区应).
 * The matter keeps its own states (src/domain/matters/states.ts); a case is the part the
 * responsible body holds, from dispatch to the on-site check (核查).
 */
export const caseStates = [
  'dispatched',
  'accepted',
  'returned',
  'long_term',
  'handled',
  'verified',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

export const caseStateLabels: Record<CaseState, string> = {
  dispatched: '已派遣，待受理',
  accepted: '处理中',
  returned: '已退单，待街道改派',
  long_term: '已挂账',
  handled: '已反馈，待核查',
  verified: '已核查办结',
  withdrawn: '已撤回',
};

/** Nothing happens to a case after these. */
export const finalCaseStates: readonly CaseState[] = ['verified', 'withdrawn'];

/** Still somebody's work: listed in the street's supervision view. */
export const openCaseStates: readonly CaseState[] = caseStates.filter((s) => !finalCaseStates.includes(s));

export function isOpenCase(state: CaseState): boolean {
  return openCaseStates.includes(state);
}

/**
 * States in which the clock runs: overdue reminders go out and the street's view flags them.
 * A returned case is the street's to re-route (首接负责) and the resident is still waiting, so the
 * old clock keeps running until the re-route starts a new one. A 挂账 case is watched through its
 * plan's review date; a handled case waits for the check, not for the holder.
 */
export const clockRunningStates: readonly CaseState[] = ['dispatched', 'accepted', 'returned'];

export function isClockRunning(state: CaseState): boolean {
  return clockRunningStates.includes(state);
}

/** The red flag of the street's view: past due while the clock runs. */
export function isCaseOverdue(state: CaseState, clock: CaseClock, now: number): boolean {
  return isClockRunning(state) && isOverdue(clock, now);
}
