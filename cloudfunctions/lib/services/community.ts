import { AppError } from '@domain/errors';
import type { UserRecord } from '../ports/storage';

/**
 * The community a call acts in: a resident's own; for staff the one asked for (default their
 * first). Refuses a community the caller does not belong to.
 */
export function communityFor(user: UserRecord, requested?: string): string {
  if (user.role === 'resident') {
    if (!user.communityId) throw new AppError('PROFILE_INCOMPLETE', '请先在“我的”里选择您所在的社区');
    if (requested && requested !== user.communityId) throw new AppError('OUTSIDE_COMMUNITY');
    return user.communityId;
  }
  const communityId = requested ?? user.communityIds[0];
  if (!communityId || !user.communityIds.includes(communityId)) throw new AppError('OUTSIDE_COMMUNITY');
  return communityId;
}
