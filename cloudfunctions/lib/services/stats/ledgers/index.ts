import type { LedgerKind } from '@domain/stats/ledgers';
import type { LedgerSheet } from './ledgerSheet';
import { mattersLedger } from './mattersLedger';
import { receptionsLedger } from './receptionsLedger';
import { visitDiaryLedger } from './visitDiaryLedger';
import { volunteerHoursLedger } from './volunteerHoursLedger';

export const ledgerSheets: Record<LedgerKind, LedgerSheet> = {
  matters: mattersLedger,
  visitDiary: visitDiaryLedger,
  receptions: receptionsLedger,
  volunteerHours: volunteerHoursLedger,
};
