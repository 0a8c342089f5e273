import type { ServiceCategory } from '@domain/service/categories';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';

/**
 * 志愿服务's figures, aggregated by the database over the scope's communities
 * (src/domain/stats/serviceFigures.ts has the rules). Every method answers with counts and sums,
 * never rows.
 */

/** Orders placed in the period, of one service category. */
export interface OrderCategoryCounts {
  category: ServiceCategory;
  placed: number;
  /** Done or confirmed. */
  completed: number;
  onBehalf: number;
  rated: number;
  /** Rated 4 or 5. */
  ratedGood: number;
}

export interface OrderStats {
  /** Only the categories with orders, in no particular order. */
  byCategory: OrderCategoryCounts[];
  /** Orders placed per month of the period (period.months' order). */
  byMonth: number[];
}

export interface VolunteerStats {
  /** Approved by the end of the period. */
  approved: number;
  partyMembers: number;
  /** Approved within the period. */
  newlyApproved: number;
}

export interface HoursStats {
  /** Sum of the minutes of the entries dated in the period (corrections included, may be negative). */
  minutes: number;
  /** Volunteers at 1..5 stars by their total up to the end of the period: index 0 is one star. */
  volunteersByStars: number[];
}

export interface ServiceStatsRepository {
  orders(scope: StatsScope, period: StatsPeriod): Promise<OrderStats>;
  volunteers(scope: StatsScope, period: StatsPeriod): Promise<VolunteerStats>;
  hours(scope: StatsScope, period: StatsPeriod): Promise<HoursStats>;
  /** Published (not cancelled) activities starting in the period. */
  activitiesHeld(scope: StatsScope, period: StatsPeriod): Promise<number>;
}
