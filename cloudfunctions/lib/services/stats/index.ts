import { AppError } from '@domain/errors';
import type { ServiceMap } from '../../service';
import { dashboard } from './dashboard';
import { exportJob } from './ledgers/exportJob';
import { exportLedger } from './ledgers/exportLedger';
import { openData } from './openData/openData';

// Placeholders while issue 16's ledgers and open data are being built on their branches; they
// are replaced before the issue is called done.
const notYet = async (): Promise<never> => {
  throw new AppError('UNKNOWN_ACTION', '该功能正在建设中');
};

/** The `stats` function's actions: figures and ledgers (issue 16). */
export const statsServices: ServiceMap<'stats'> = {
  dashboard,
  exportLedger,
  exportJob,
  openData: notYet,
  exportLedger: notYet,
  exportJob: notYet,
  openData,
};
