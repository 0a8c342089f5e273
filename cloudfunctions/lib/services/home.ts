import type { ServiceMap } from '../service';
import { committeeWorkbench } from './homes/committeeWorkbench';
import { cadreWorkbench } from './homes/cadreWorkbench';
import { adminWorkbench } from './homes/adminWorkbench';
import { residentOverview } from './homes/residentOverview';

/** The `home` function's actions, one service per contract action. */
export const homeServices: ServiceMap<'home'> = {
  committeeWorkbench,
  cadreWorkbench,
  adminWorkbench,
  residentOverview,
};
