import { isCaseRole, type Role } from '@domain/users';
import { AdminHome } from './AdminHome';
import { CaseRoleHome } from './CaseRoleHome';
import { CadreWorkbench } from './CadreWorkbench';
import { CommitteeWorkbench } from './CommitteeWorkbench';

/**
 * A staff member's home: the committee's or the cadre's workbench, the admin's, or the
 * scope of a case role (网格员, 街道, 区直部门, 物业). In the
 * mini-program they are part of the home tab (a tab lives in the main package); the h5 build picks
 * StaffHome.h5.tsx (Taro's per-platform files), which loads them only for staff.
 */
export function StaffHome({ role }: { role: Exclude<Role, 'resident'> }) {
  if (role === 'committee') return <CommitteeWorkbench />;
  if (role === 'cadre') return <CadreWorkbench />;
  if (isCaseRole(role)) return <CaseRoleHome />;
  return <AdminHome />;
}
