import { AppError } from '../errors';

/**
 * 双报到: a resident (an in-service party member, or any volunteer) reports to the community they
 * live in; the committee approves, or returns the report with a reason (the resident may report
 * again), and may place them in a grid, a team or a 红帆驿站.
 */
export const volunteerStates = ['pending', 'approved', 'returned'] as const;
export type VolunteerState = (typeof volunteerStates)[number];

export const volunteerStateLabels: Record<VolunteerState, string> = {
  pending: '待审核',
  approved: '已通过',
  returned: '已退回',
};

/** What residents see of a volunteer: a display name, never the full name or the phone. */
export function volunteerDisplayName(name: string): string {
  const first = [...name.trim()][0];
  return first ? `${first}志愿者` : '志愿者';
}

/** A report may be (re)submitted unless it is already approved: the committee then edits the placement. */
export function assertMayReport(current: VolunteerState | null): void {
  if (current === 'approved') throw new AppError('INVALID_STATE', '您已是本社区的报到志愿者');
}

export function assertReviewable(current: VolunteerState): void {
  if (current !== 'pending') {
    throw new AppError('INVALID_STATE', `报到当前为「${volunteerStateLabels[current]}」，不能再审核`);
  }
}
