import type { ActionOf, OutputOf } from '@domain/contract';
import type { LedgerKind } from '@domain/stats/ledgers';
import type { PeriodChoice } from '@domain/stats/period';
import { call } from './client';

export type Dashboard = OutputOf<ActionOf<'stats', 'dashboard'>>;
export type ExportJob = OutputOf<ActionOf<'stats', 'exportJob'>>['job'];

/** Whose figures and for when: the period, and for a street one of its communities (null: all). */
export interface StatsQuery {
  period: PeriodChoice;
  communityId: string | null;
}

const inputOf = ({ period, communityId }: StatsQuery) => ({ period, ...(communityId ? { communityId } : {}) });

export const statsApi = {
  dashboard: (query: StatsQuery): Promise<Dashboard> => call('stats', 'dashboard', inputOf(query)),
  exportLedger: (ledger: LedgerKind, query: StatsQuery, requestId: string) =>
    call('stats', 'exportLedger', { ledger, ...inputOf(query) }, { requestId }).then(({ job }) => job),
  exportJob: (jobId: string) => call('stats', 'exportJob', { jobId }).then(({ job }) => job),
};
