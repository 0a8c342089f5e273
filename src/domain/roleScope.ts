import type { Directory } from './places';
import { isCaseRole, type Role } from './users';

/** What an admin chose with a role: communities, and for the case roles grids or one body. */
export interface ScopeChoice {
  communityIds: readonly string[];
  gridIds?: readonly string[];
  orgId?: string | null;
}

/** A role's scope as stored: the communities always, derived from the grids or body for case roles. */
export interface RoleScope {
  communityIds: string[];
  gridIds: string[];
  orgId: string | null;
}

export type ScopeResult = { ok: true; scope: RoleScope } | { ok: false; path: string; message: string };

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function refused(path: string, message: string): ScopeResult {
  return { ok: false, path, message };
}

/**
 * The scope a case role acts in (docs/adr/0013), checked against the directory: a grid worker's
 * grids give its communities, a street gives every community of the street, a property company
 * the communities of the compounds it manages; a department is district-wide and has none.
 * The other roles keep their communities as chosen (checked by the account service) and no grids or body.
 */
export function roleScope(role: Role, choice: ScopeChoice, directory: Directory): ScopeResult {
  const gridIds = unique(choice.gridIds ?? []);
  const orgId = choice.orgId ?? null;
  if (!isCaseRole(role)) {
    if (gridIds.length > 0) return refused('gridIds', '只有网格员需要指定网格');
    if (orgId !== null) return refused('orgId', '只有街道、区直部门和物业需要指定所属单位');
    return { ok: true, scope: { communityIds: unique(choice.communityIds), gridIds: [], orgId: null } };
  }
  if (choice.communityIds.length > 0) return refused('communityIds', '该角色的社区由所选网格或单位决定，无需指定');
  if (role === 'gridWorker') return gridWorkerScope(gridIds, orgId, directory);
  if (gridIds.length > 0) return refused('gridIds', '只有网格员需要指定网格');
  if (orgId === null) return refused('orgId', `请选择${orgLabels[role]}`);
  const communityIds = communitiesOfOrg(role, orgId, directory);
  if (!communityIds) return refused('orgId', `${orgLabels[role]}不存在：${orgId}`);
  return { ok: true, scope: { communityIds, gridIds: [], orgId } };
}

/** What the body of each role is called, for the admin's messages and pickers. */
export const orgLabels = { street: '街道', department: '区直部门', property: '物业公司' } as const;

function gridWorkerScope(gridIds: string[], orgId: string | null, directory: Directory): ScopeResult {
  if (orgId !== null) return refused('orgId', '网格员不属于街道、部门或物业，请只选择网格');
  if (gridIds.length === 0) return refused('gridIds', '网格员至少要指定一个网格');
  const grids = gridIds.map((id) => directory.grids.find((g) => g.id === id));
  const missing = gridIds.find((_, i) => !grids[i]);
  if (missing) return refused('gridIds', `网格不存在：${missing}`);
  return { ok: true, scope: { communityIds: unique(grids.map((g) => g!.communityId)), gridIds, orgId: null } };
}

/** The communities a body answers for, or null when the body is not in the directory. */
function communitiesOfOrg(role: keyof typeof orgLabels, orgId: string, directory: Directory): string[] | null {
  if (role === 'street') {
    if (!directory.streets.some((s) => s.id === orgId)) return null;
    return directory.communities.filter((c) => c.streetId === orgId).map((c) => c.id);
  }
  if (role === 'department') return directory.departments.some((d) => d.id === orgId) ? [] : null;
  const company = directory.propertyCompanies.find((p) => p.id === orgId);
  if (!company) return null;
  const communityOf = (id: string) => directory.compounds.find((c) => c.id === id)?.communityId;
  return unique(company.compoundIds.map(communityOf).filter((id): id is string => id !== undefined));
}
