import type { ReactNode } from 'react';
import { roleLabels, type Role, type SelfView } from '@domain/users';
import { Screen } from './Screen';
import { SessionGate } from './SessionGate';
import { StateView } from './StateView';

/** Where someone who may not use a staff page should go instead. */
const elsewhere: Record<Role, string> = {
  resident: '工作人员请在「我的」里进入自己的工作页面',
  cadre: '居民可在「约见」里预约民情书记接访',
  committee: '如需办理说事，请联系社区居委会',
  admin: '请联系系统管理员',
  gridWorker: '如需上报或核查，请联系所在网格的网格员',
  street: '如需街道协调，请联系社区居委会',
  department: '如需部门办理，请联系社区居委会',
  property: '如需物业办理，请联系小区物业',
};

/**
 * The root of a page only some roles may use: signed in, elder mode applied, and for anyone else
 * a plain 仅…可用 with where to go instead. The server refuses them anyway; this says it kindly.
 */
export function RoleOnly({
  roles,
  className,
  footer,
  children,
}: {
  roles: readonly Role[];
  className?: string;
  /** Drawn whoever signed in (the page's Toast). */
  footer?: ReactNode;
  children: (user: SelfView) => ReactNode;
}) {
  return (
    <Screen className={className}>
      <SessionGate>
        {(user) =>
          roles.includes(user.role) ? (
            children(user)
          ) : (
            <StateView
              kind="error"
              title={`仅${roles.map((role) => roleLabels[role]).join('、')}可用`}
              detail={elsewhere[roles[0]]}
            />
          )
        }
      </SessionGate>
      {footer}
    </Screen>
  );
}
