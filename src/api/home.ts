import type { ActionOf, OutputOf } from '@domain/contract';
import { call } from './client';

export type CommitteeWorkbench = OutputOf<ActionOf<'home', 'committeeWorkbench'>>;
export type CadreWorkbench = OutputOf<ActionOf<'home', 'cadreWorkbench'>>;
export type AdminWorkbench = OutputOf<ActionOf<'home', 'adminWorkbench'>>;
export type ResidentOverview = OutputOf<ActionOf<'home', 'residentOverview'>>;

/** Each role's home is one call (the `home` function): what it shows, counted by the server. */
export const homeLoaders = {
  committee: (): Promise<CommitteeWorkbench> => call('home', 'committeeWorkbench', {}),
  cadre: (): Promise<CadreWorkbench> => call('home', 'cadreWorkbench', {}),
  admin: (): Promise<AdminWorkbench> => call('home', 'adminWorkbench', {}),
  resident: (): Promise<ResidentOverview> => call('home', 'residentOverview', {}),
};
