import type { MatterTally } from '@domain/stats/matterFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';

/**
 * 居民说事 figures, counted by the database (src/domain/stats/matterFigures.ts states each rule).
 * Only the scope's communities count; the cadre of a scope is not looked at (the section is on
 * the community and street dashboards). The candidates are the matters of those communities
 * changed since the period began: every timeline entry is written with the change that bumps
 * updatedAt, so a matter with an event in the period was updated at or after its start.
 */
export interface MatterStatsRepository {
  /** The figures per category: only categories with something to count, in no particular order. */
  tallies(scope: StatsScope, period: StatsPeriod): Promise<MatterTally[]>;
  /**
   * The median of the durations (ms) from raising to the last resolution in the period, over the
   * matters resolved in the period; `resolvedCount` is how many `tallies` counted (the median's
   * position among them). Null when there are none.
   */
  medianResolveMs(scope: StatsScope, period: StatsPeriod, resolvedCount: number): Promise<number | null>;
}
