import { AppError } from '../../../../src/domain/errors';
import { canSeeMatter, isCommitteeOf, type MatterViewer } from '../../../../src/domain/matters/visibility';
import type { Caller } from '../../caller';
import type { Deps } from '../../deps';
import type { MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { requireUser } from '../requireUser';

export function viewerOf(user: UserRecord): MatterViewer {
  return { userId: user.id, role: user.role, communityIds: user.communityIds };
}

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

/** Loads a matter the caller may see; another community's or an unpublished one is "not found". */
export async function visibleMatter(deps: Deps, caller: Caller, matterId: string): Promise<MatterRecord> {
  const user = requireUser(caller);
  const matter = await deps.storage.matters.findById(matterId);
  if (!matter || !canSeeMatter(viewerOf(user), matter)) throw new AppError('NOT_FOUND', '这件说事不存在或暂不公开');
  return matter;
}

/** Loads a matter of a community whose committee the caller is on. */
export async function committeeMatter(deps: Deps, caller: Caller, matterId: string): Promise<MatterRecord> {
  const user = requireUser(caller);
  const matter = await deps.storage.matters.findById(matterId);
  if (!matter) throw new AppError('NOT_FOUND', '这件说事不存在');
  if (!isCommitteeOf(viewerOf(user), matter.communityId)) throw new AppError('OUTSIDE_COMMUNITY');
  return matter;
}
