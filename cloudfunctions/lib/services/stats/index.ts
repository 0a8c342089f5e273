import type { ServiceMap } from '../../service';
import { dashboard } from './dashboard';
import { exportJob } from './ledgers/exportJob';
import { exportLedger } from './ledgers/exportLedger';
import { openData } from './openData/openData';

/** The `stats` function's actions: figures and ledgers (issue 16). */
export const statsServices: ServiceMap<'stats'> = {
  dashboard,
  exportLedger,
  exportJob,
  openData,
};
