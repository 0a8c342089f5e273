import type { ShanghaiDate } from '../time';

/**
 * 逾期未办: a matter past its handling deadline. The only deadline a matter carries is the answer
 * date set when it is escalated (街呼区应): the committee asks the street or a department to answer
 * by then. Until answered it waits on them; from the morning after that date it is overdue (the
 * same day the overdue-escalation reminder goes out). Matters in other states have no deadline to
 * miss, so they are never counted here.
 */
export function isEscalationOverdue(
  escalation: { dueDate: string; respondedAt: number | null },
  today: ShanghaiDate,
): boolean {
  return !escalation.respondedAt && today > escalation.dueDate;
}
