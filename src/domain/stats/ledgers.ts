/**
 * The ledgers (台账) a committee keeps for inspection, each an .xlsx in the columns Chinese
 * community ledgers use, with personal data masked.
 */
export const ledgerKinds = ['matters', 'visitDiary', 'receptions', 'volunteerHours'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export const ledgerTitles: Record<LedgerKind, string> = {
  matters: '居民说事台账',
  visitDiary: '民情日记台账',
  receptions: '接访登记台账',
  volunteerHours: '志愿服务时长台账',
};

/** A ledger export's job: queued, then running with progress, then done (a file) or failed. */
export const exportJobStates = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobState = (typeof exportJobStates)[number];
