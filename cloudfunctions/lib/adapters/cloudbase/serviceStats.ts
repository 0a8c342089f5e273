import type { ServiceCategory } from '@domain/service/categories';
import { GOOD_RATING, completedOrderStates, starMinutes } from '@domain/stats/serviceFigures';
import type { StatsScope } from '@domain/stats/scope';
import type { ServiceStatsRepository } from '../../ports/serviceStats';
import type { CollectionNames } from './collections';
import { orderStatsOf } from '../orderStatsOf';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { monthIndexOf, onlyRow, periodMatch } from './periodBuckets';

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

  return {
    async orders(scope, period) {
      // One aggregate grouping by (category, month): at most 8 x 36 counted groups.
      const reply = await db
        .collection(names.serviceOrders)
        .aggregate()
        .match(periodMatch(_, inScope(scope), 'placedAt', period))
        .group({
          _id: { category: '$category', month: monthIndexOf('$placedAt', period) },
          placed: { $sum: 1 },
          completed: count({ $in: ['$state', [...completedOrderStates]] }),
          onBehalf: count({ $not: [isNull('onBehalf')] }),
          rated: count({ $not: [isNull('rating')] }),
          ratedGood: count({ $gte: [{ $ifNull: ['$rating', 0] }, GOOD_RATING] }),
        })
        .limit(MAX_ROWS_PER_GET)
        .end();
      const rows = rowsOf(reply, 'serviceStats.orders').map((row) => {
        const group = row._id as unknown as { category: ServiceCategory; month: number };
        return {
          category: group.category,
          month: Number(group.month),
          placed: Number(row.placed),
          completed: Number(row.completed),
          onBehalf: Number(row.onBehalf),
          rated: Number(row.rated),
          ratedGood: Number(row.ratedGood),
        };
      });
      return orderStatsOf(rows, period);
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
      // One aggregate: each volunteer's total up to the period's end (their stars) and minutes
      // dated in the period, then per star level both summed (below one star: the default bucket).
      const reply = await db
        .collection(names.hoursLedger)
        .aggregate()
        .match(periodMatch(_, inScope(scope), 'at', { endMs: period.endMs }))
        .group({
          _id: '$volunteerUserId',
          total: { $sum: '$minutes' },
          inPeriod: { $sum: { $cond: [{ $gte: ['$at', period.startMs] }, '$minutes', 0] } },
        })
        .bucket({
          groupBy: '$total',
          boundaries: starBoundaries,
          default: BELOW_ONE_STAR,
          output: { n: { $sum: 1 }, minutes: { $sum: '$inPeriod' } },
        })
        .limit(starBoundaries.length)
        .end();
      const volunteersByStars = starMinutes.map(() => 0);
      let minutes = 0;
      for (const row of rowsOf(reply, 'serviceStats.hours')) {
        minutes += Number(row.minutes);
        const level = starMinutes.indexOf(row._id as unknown as number);
        if (level >= 0) volunteersByStars[level] = Number(row.n);
      }
      return { minutes, volunteersByStars };
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
