import { AppError } from '@domain/errors';
import { canSeeMatter, isCommitteeOf, type MatterViewer } from '@domain/matters/visibility';
import type { Caller } from '../../caller';
import type { Deps } from '../../deps';
import type { MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';

export { communityFor };

export function viewerOf(user: UserRecord): MatterViewer {
  return { userId: user.id, role: user.role, communityIds: user.communityIds };
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
