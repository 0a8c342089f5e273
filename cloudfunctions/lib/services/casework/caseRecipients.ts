import type { CaseHolder } from '@domain/casework';
import type { Role } from '@domain/users';
import type { Deps } from '../../deps';
import type { CaseRecord } from '../../ports/casework';
import type { UserRecord } from '../../ports/storage';
import { allPages, PAGE } from '../accounts/allPages';
import { committeeMemberIds } from '../notifications/committeeMembers';

/*
 * Whom a case's news goes to: the users of a body (a grid's grid workers, a company's, a
 * department's or a street's users), the street over the case, its verifiers. A body has a handful
 * of users; the list by role and community is the index the users already have. A department is
 * district-wide and has no communities, so its users are read by role.
 */

const roleOfHolder = { grid: 'gridWorker', property: 'property', department: 'department', street: 'street' } as const;

async function usersWithRole(deps: Pick<Deps, 'storage'>, role: Role, communityId?: string): Promise<UserRecord[]> {
  return allPages((after) =>
    deps.storage.users.list({ role, ...(communityId ? { communityId } : {}), after, limit: PAGE }),
  );
}

/** The users who act for `holder` on a case of `communityId`. */
export async function holderMemberIds(
  deps: Pick<Deps, 'storage'>,
  holder: CaseHolder,
  communityId: string,
): Promise<string[]> {
  const role = roleOfHolder[holder.kind];
  const users = await usersWithRole(deps, role, holder.kind === 'department' ? undefined : communityId);
  return users
    .filter((user) => (holder.kind === 'grid' ? user.gridIds.includes(holder.id) : user.orgId === holder.id))
    .map((user) => user.id);
}

export function streetMemberIds(deps: Pick<Deps, 'storage'>, record: CaseRecord): Promise<string[]> {
  return holderMemberIds(deps, { kind: 'street', id: record.streetId }, record.communityId);
}

/** 核查 may be done by a grid worker of the matter's grid or the community's committee. */
export async function verifierIds(deps: Pick<Deps, 'storage'>, record: CaseRecord): Promise<string[]> {
  const [committee, grid] = await Promise.all([
    committeeMemberIds(deps, record.communityId),
    record.gridId ? holderMemberIds(deps, { kind: 'grid', id: record.gridId }, record.communityId) : [],
  ]);
  return [...new Set([...committee, ...grid])];
}

export { committeeMemberIds };
