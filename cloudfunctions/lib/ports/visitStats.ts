import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { ShanghaiDate } from '@domain/time';
import type { FollowUpTally, RecordTimeliness, SlotDayTally } from '@domain/stats/visitTallies';

/**
 * 民意5来听's figures, summed by the database (issue 16): the period's slots are those of the
 * scope's communities whose visit date is in [period.from, period.to]; on the cadre's view
 * (scope.cadreId) only that cadre's slots, and the bookings and records on them, count.
 */
export interface VisitStatsRepository {
  /**
   * The period's slots summed per (cadre, community, date, mode): open slots and their seats,
   * residents' bookings by state, walk-ins, and the records written on them.
   */
  slotDays(scope: StatsScope, period: StatsPeriod): Promise<SlotDayTally[]>;
  /**
   * Per cadre, the records of the period's slots and those first saved before the slot's end
   * (Shanghai) plus 24 h (recordDeadlineMs).
   */
  recordTimeliness(scope: StatsScope, period: StatsPeriod): Promise<RecordTimeliness[]>;
  /**
   * Per cadre and community, the follow-ups of the scope's records due in the period: closed before the end of
   * their due date (followUpDueEndMs), closed later, or still open with the due date before `today`.
   */
  followUps(scope: StatsScope, period: StatsPeriod, today: ShanghaiDate): Promise<FollowUpTally[]>;
}
