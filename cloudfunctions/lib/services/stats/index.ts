import type { ServiceMap } from '../../service';
import { dashboard } from './dashboard';

/** The `stats` function's actions: figures and ledgers (issue 16). */
export const statsServices: ServiceMap<'stats'> = {
  dashboard,
};
