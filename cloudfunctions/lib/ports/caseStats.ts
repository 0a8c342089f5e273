import type { CaseHolder } from '@domain/casework/holders';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';

/**
 * 街呼区应's SLA figures, aggregated by the database over the cases dispatched in the period in
 * the scope's communities (src/domain/stats/caseFigures.ts has the rules).
 */
export interface HolderCaseCounts {
  holder: CaseHolder;
  dispatched: number;
  answeredOnTime: number;
  overdue: number;
  returned: number;
  extended: number;
  longTerm: number;
}

export interface CaseStatsRepository {
  /** One row per body that holds any of the cases; `now` decides which open ones are past due. */
  byHolder(scope: StatsScope, period: StatsPeriod, now: number): Promise<HolderCaseCounts[]>;
  /** Cases dispatched per month of the period (period.months' order). */
  dispatchedByMonth(scope: StatsScope, period: StatsPeriod): Promise<number[]>;
}
