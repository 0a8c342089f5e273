import type { ServiceCategory } from '@domain/service/categories';
import { GOOD_RATING, completedOrderStates, starMinutes } from '@domain/stats/serviceFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { ServiceStatsRepository } from '../../ports/serviceStats';
import type { CollectionNames } from './collections';
import { rowsOf, type CloudbaseDb } from './database';
import { countByPeriodMonth, onlyRow, periodMatch } from './periodBuckets';

const count = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
/** A field that is absent or null reads as null (a bare `$eq` to null misses an absent field). */
const isNull = (field: string) => ({ $eq: [{ $ifNull: [`$${field}`, null] }, null] });

/** Below one star, then one to five stars; the last bound is above any total anyone can reach. */
const starBoundaries = [...starMinutes, Number.MAX_SAFE_INTEGER];
const BELOW_ONE_STAR = 'none';

/**
 * 志愿服务's figures on CloudBase: each an aggregate whose first $match is a range of a declared
 * index (serviceIndexes.ts: orders by community and placedAt, the ledger by community and at,
 * volunteers by community, state and reviewedAt, activities by community and startAt).
 */
export function createServiceStatsRepository(db: CloudbaseDb, names: CollectionNames): ServiceStatsRepository {
  const _ = db.command;
  const inScope = (scope: StatsScope) => ({ communityId: _.in(scope.communityIds) });

  async function ordersByCategory(scope: StatsScope, period: StatsPeriod) {
    const reply = await db
      .collection(names.serviceOrders)
      .aggregate()
      .match(periodMatch(_, inScope(scope), 'placedAt', period))
      .group({
        _id: '$category',
        placed: { $sum: 1 },
        completed: count({ $in: ['$state', [...completedOrderStates]] }),
        onBehalf: count({ $not: [isNull('onBehalf')] }),
        rated: count({ $not: [isNull('rating')] }),
        ratedGood: count({ $gte: [{ $ifNull: ['$rating', 0] }, GOOD_RATING] }),
      })
      .limit(1000)
      .end();
    return rowsOf(reply, 'serviceStats.orders').map((row) => ({
      category: row._id as unknown as ServiceCategory,
      placed: Number(row.placed),
      completed: Number(row.completed),
      onBehalf: Number(row.onBehalf),
      rated: Number(row.rated),
      ratedGood: Number(row.ratedGood),
    }));
  }

  return {
    async orders(scope, period) {
      const orders = db.collection(names.serviceOrders);
      const match = periodMatch(_, inScope(scope), 'placedAt', period);
      const [byCategory, byMonth] = await Promise.all([
        ordersByCategory(scope, period),
        countByPeriodMonth(orders, match, 'placedAt', period, 'serviceStats.ordersByMonth'),
      ]);
      return { byCategory, byMonth };
    },

    async volunteers(scope, period) {
      const reply = await db
        .collection(names.volunteers)
        .aggregate()
        .match(periodMatch(_, { ...inScope(scope), state: 'approved' }, 'reviewedAt', { endMs: period.endMs }))
        .group({
          _id: null,
          approved: { $sum: 1 },
          party: count({ $eq: ['$partyMember', true] }),
          fresh: count({ $gte: ['$reviewedAt', period.startMs] }),
        })
        .end();
      const row = onlyRow(reply, 'serviceStats.volunteers');
      return {
        approved: Number(row?.approved ?? 0),
        partyMembers: Number(row?.party ?? 0),
        newlyApproved: Number(row?.fresh ?? 0),
      };
    },

    async hours(scope, period) {
      const ledger = () => db.collection(names.hoursLedger);
      const [sum, stars] = await Promise.all([
        ledger()
          .aggregate()
          .match(periodMatch(_, inScope(scope), 'at', period))
          .group({ _id: null, minutes: { $sum: '$minutes' } })
          .end(),
        // Each volunteer's total up to the period's end, then the volunteers per star level.
        ledger()
          .aggregate()
          .match(periodMatch(_, inScope(scope), 'at', { endMs: period.endMs }))
          .group({ _id: '$volunteerUserId', total: { $sum: '$minutes' } })
          .bucket({
            groupBy: '$total',
            boundaries: starBoundaries,
            default: BELOW_ONE_STAR,
            output: { n: { $sum: 1 } },
          })
          .limit(starBoundaries.length)
          .end(),
      ]);
      const volunteersByStars = starMinutes.map(() => 0);
      for (const row of rowsOf(stars, 'serviceStats.stars')) {
        const level = starMinutes.indexOf(row._id as unknown as number);
        if (level >= 0) volunteersByStars[level] = Number(row.n);
      }
      return { minutes: Number(onlyRow(sum, 'serviceStats.hours')?.minutes ?? 0), volunteersByStars };
    },

    async activitiesHeld(scope, period) {
      const reply = await db
        .collection(names.activities)
        .aggregate()
        .match(periodMatch(_, { ...inScope(scope), state: 'published' }, 'startAt', period))
        .group({ _id: null, n: { $sum: 1 } })
        .end();
      return Number(onlyRow(reply, 'serviceStats.activities')?.n ?? 0);
    },
  };
}
