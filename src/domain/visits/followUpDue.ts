import type { ShanghaiDate } from '../time';

/** A follow-up still open after its due date is overdue (shown in red): from the next morning on. */
export function isFollowUpOverdue(
  followUp: { state: 'open' | 'closed'; dueDate: string },
  today: ShanghaiDate,
): boolean {
  return followUp.state === 'open' && today > followUp.dueDate;
}
