import { lazy, Suspense, type ComponentType } from 'react';
import { isCaseRole, type Role } from '@domain/users';
import { ErrorView, LoadingView } from '../StateView';

/** A chunk that did not arrive (offline): said plainly, and a retry that loads the page again. */
function NotLoaded() {
  return <ErrorView message="网络不可用，请稍后重试" onRetry={() => window.location.reload()} />;
}

function loaded(load: () => Promise<ComponentType>) {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      (): { default: ComponentType } => ({ default: NotLoaded }),
    ),
  );
}

// Residents, most of the people who open the h5 home, never download the staff homes.
const homes = {
  committee: loaded(() => import('./CommitteeWorkbench').then((m) => m.CommitteeWorkbench)),
  cadre: loaded(() => import('./CadreWorkbench').then((m) => m.CadreWorkbench)),
  admin: loaded(() => import('./AdminHome').then((m) => m.AdminHome)),
};
const caseRoleHome = loaded(() => import('./CaseRoleHome').then((m) => m.CaseRoleHome));

/** The staff homes of StaffHome.tsx, each in a chunk of its own in the h5 build. */
export function StaffHome({ role }: { role: Exclude<Role, 'resident'> }) {
  const Home = isCaseRole(role) ? caseRoleHome : homes[role];
  return (
    <Suspense fallback={<LoadingView />}>
      <Home />
    </Suspense>
  );
}
