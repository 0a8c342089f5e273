import { communityNames, type Directory } from './places';
import type { CaseRole } from './users';

/** Who a case role user is, as far as their scope goes (docs/adr/0013). */
export interface ScopedUser {
  role: CaseRole;
  communityIds: readonly string[];
  gridIds: readonly string[];
  orgId: string | null;
}

const nameIn = (list: readonly { id: string; name: string }[], id: string | null) =>
  list.find((p) => p.id === id)?.name ?? id ?? '未指定';

/**
 * The lines a case role's home shows of its scope: `负责网格：东门第一网格（东门社区）`. A line of
 * communities follows when the user has any. Names come from the directory; an id it no longer holds is shown as is, never hidden.
 */
export function scopeLines(user: ScopedUser, directory: Directory): string[] {
  // Without communities (a department, or a choice not saved yet) there is no community line.
  const communities = user.communityIds.length > 0 ? [communityNames(directory, user.communityIds)] : [];
  if (user.role === 'gridWorker') {
    const grids = user.gridIds.map((id) => nameIn(directory.grids, id)).join('、') || '未指定';
    return [`负责网格：${grids}`, ...communities.map((names) => `所在社区：${names}`)];
  }
  if (user.role === 'street') {
    return [`街道：${nameIn(directory.streets, user.orgId)}`, ...communities.map((names) => `下辖社区：${names}`)];
  }
  if (user.role === 'department') return [`部门：${nameIn(directory.departments, user.orgId)}`];
  const company = directory.propertyCompanies.find((p) => p.id === user.orgId);
  const compounds = (company?.compoundIds ?? []).map((id) => nameIn(directory.compounds, id)).join('、');
  return [`物业公司：${nameIn(directory.propertyCompanies, user.orgId)}`, `管理小区：${compounds || '暂无'}`];
}
