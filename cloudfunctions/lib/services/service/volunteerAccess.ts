import { AppError } from '@domain/errors';
import type { Deps } from '../../deps';
import type { OrderRecord, VolunteerRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';

/** A person's volunteer record in a community has this id: one report per person per community. */
export function volunteerIdOf(communityId: string, userId: string): string {
  return `${communityId}:${userId}`;
}

/** The caller's approved volunteer record in their community, or null. */
export async function approvedVolunteer(deps: Deps, user: UserRecord): Promise<VolunteerRecord | null> {
  if (user.role !== 'resident' || !user.communityId) return null;
  const record = await deps.storage.volunteers.findById(volunteerIdOf(user.communityId, user.id));
  return record?.state === 'approved' ? record : null;
}

/**
 * Whether someone may take an order: a committee member of its community takes only the
 * committee's own services; a volunteer of its community takes what the menu item lets them
 * (any volunteer, their team's, their station's).
 */
export function mayTake(taker: UserRecord, volunteer: VolunteerRecord | null, order: OrderRecord): boolean {
  if (taker.role === 'committee')
    return order.takenBy === 'committee' && taker.communityIds.includes(order.communityId);
  if (!volunteer || volunteer.state !== 'approved' || volunteer.communityId !== order.communityId) return false;
  switch (order.takenBy) {
    case 'volunteer':
      return true;
    case 'team':
      return volunteer.teamId !== null && volunteer.teamId === order.takerId;
    case 'station':
      return volunteer.stationId !== null && volunteer.stationId === order.takerId;
    case 'committee':
      return false;
  }
}

export function assertMayTake(taker: UserRecord, volunteer: VolunteerRecord | null, order: OrderRecord): void {
  if (mayTake(taker, volunteer, order)) return;
  if (taker.role === 'resident' && !volunteer) {
    throw new AppError('FORBIDDEN', '报到成为本社区志愿者并通过审核后才能接单');
  }
  throw new AppError('FORBIDDEN', '这项服务由指定的服务队、驿站或居委会接单');
}
