import type Database from 'better-sqlite3';
import type { ServiceCategory } from '@domain/service/categories';
import { GOOD_RATING, completedOrderStates, starMinutes } from '@domain/stats/serviceFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { ServiceStatsRepository } from '../../ports/serviceStats';
import { countsByMonth, periodMonthIndexSql } from './periodMonthSql';
import { statementCache } from './queryHelpers';

const inScope = (column: string) => `${column} IN (SELECT value FROM json_each(@communityIds))`;
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

function bounds(scope: StatsScope, period: StatsPeriod) {
  return { communityIds: JSON.stringify(scope.communityIds), startMs: period.startMs, endMs: period.endMs };
}

/** The star level of a volunteer's total, as SQL (thresholds from src/domain/service/hours.ts). */
const starLevelSql = `(${starMinutes.map((minutes) => `(total >= ${minutes})`).join(' + ')})`;

/**
 * 志愿服务's figures on SQLite: each a GROUP BY or SUM(CASE ...) over one range of an index per
 * community (migration 21: orders by placed_at, the ledger by at; volunteers by state; activities
 * by start_at).
 */
export function sqliteServiceStats(db: Database.Database): ServiceStatsRepository {
  const prepared = statementCache(db);
  const ordersByCategory = db.prepare<
    [Record<string, unknown>],
    { category: ServiceCategory; placed: number; completed: number; onBehalf: number; rated: number; ratedGood: number }
  >(
    `SELECT category, COUNT(*) AS placed,
       SUM(CASE WHEN state IN (${quoted(completedOrderStates)}) THEN 1 ELSE 0 END) AS completed,
       SUM(CASE WHEN on_behalf_json IS NOT NULL THEN 1 ELSE 0 END) AS onBehalf,
       SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
       SUM(CASE WHEN rating >= ${GOOD_RATING} THEN 1 ELSE 0 END) AS ratedGood
     FROM service_orders INDEXED BY service_orders_by_community_placed
     WHERE ${inScope('community_id')} AND placed_at >= @startMs AND placed_at < @endMs
     GROUP BY category`,
  );
  const volunteers = db.prepare<[Record<string, unknown>], { approved: number; party: number; fresh: number }>(
    `SELECT COUNT(*) AS approved,
       COALESCE(SUM(party_member), 0) AS party,
       COALESCE(SUM(CASE WHEN reviewed_at >= @startMs THEN 1 ELSE 0 END), 0) AS fresh
     FROM volunteers WHERE ${inScope('community_id')} AND state = 'approved' AND reviewed_at < @endMs`,
  );
  const minutes = db.prepare<[Record<string, unknown>], { minutes: number | null }>(
    `SELECT SUM(minutes) AS minutes FROM hours_ledger INDEXED BY hours_ledger_by_community
     WHERE ${inScope('community_id')} AND at >= @startMs AND at < @endMs`,
  );
  const stars = db.prepare<[Record<string, unknown>], { stars: number; n: number }>(
    `SELECT ${starLevelSql} AS stars, COUNT(*) AS n FROM (
       SELECT SUM(minutes) AS total FROM hours_ledger INDEXED BY hours_ledger_by_community
       WHERE ${inScope('community_id')} AND at < @endMs GROUP BY volunteer_user_id
     ) GROUP BY stars`,
  );
  const activities = db.prepare<[Record<string, unknown>], { n: number }>(
    `SELECT COUNT(*) AS n FROM activities INDEXED BY activities_by_community
     WHERE ${inScope('community_id')} AND start_at >= @startMs AND start_at < @endMs AND state = 'published'`,
  );

  return {
    async orders(scope, period) {
      const params = bounds(scope, period);
      const byMonth = prepared<{ month: number; n: number }>(
        `SELECT ${periodMonthIndexSql('placed_at', period)} AS month, COUNT(*) AS n
         FROM service_orders INDEXED BY service_orders_by_community_placed
         WHERE ${inScope('community_id')} AND placed_at >= @startMs AND placed_at < @endMs GROUP BY month`,
      ).all(params);
      return { byCategory: ordersByCategory.all(params), byMonth: countsByMonth(period, byMonth) };
    },
    async volunteers(scope, period) {
      const row = volunteers.get(bounds(scope, period))!;
      return { approved: row.approved, partyMembers: row.party, newlyApproved: row.fresh };
    },
    async hours(scope, period) {
      const params = bounds(scope, period);
      const volunteersByStars = starMinutes.map(() => 0);
      for (const row of stars.all(params)) if (row.stars > 0) volunteersByStars[row.stars - 1] = row.n;
      return { minutes: minutes.get(params)!.minutes ?? 0, volunteersByStars };
    },
    async activitiesHeld(scope, period) {
      return activities.get(bounds(scope, period))!.n;
    },
  };
}
