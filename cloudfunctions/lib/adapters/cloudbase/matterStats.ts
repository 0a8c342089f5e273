import type { MatterCategory } from '@domain/matters/categories';
import {
  RAISE_ENTRY,
  hasSomethingCounted,
  medianWindow,
  referralTransitions,
  resolutionTransitions,
  type MatterTally,
} from '@domain/stats/matterFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { MatterStatsRepository } from '../../ports/matterStats';
import type { CollectionNames } from './collections';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb, type StoredDocument } from './database';

/** Aggregation expressions, written as MongoDB reads them (db.command.aggregate builds the same objects). */
type Expression = Record<string, unknown> | string | number;
const between = (field: string, from: number, to: number): Expression => ({
  $and: [{ $gte: [field, from] }, { $lt: [field, to] }],
});
const countWhere = (condition: Expression) => ({ $sum: { $cond: [condition, 1, 0] } });
const ENTRY_AT = '$timeline.at';
const transitionIs = (name: string): Expression => ({ $eq: ['$timeline.transition', name] });
const transitionIn = (names: readonly string[]): Expression => ({ $in: ['$timeline.transition', [...names]] });
/** Later than any instant: the "no consultation" of a matter's earliest consultation. */
const NEVER = Number.MAX_SAFE_INTEGER;

/** One row per matter: what it counts for (src/domain/stats/matterFigures.ts, the same steps as SQLite's). */
function perMatterGroup(period: StatsPeriod) {
  const inPeriod = between(ENTRY_AT, period.startMs, period.endMs);
  const flag = (condition: Expression) => ({ $max: { $cond: [{ $and: [inPeriod, condition] }, 1, 0] } });
  return {
    _id: '$_id',
    category: { $first: '$category' },
    createdAt: { $first: '$createdAt' },
    ratingAt: { $first: { $ifNull: ['$rating.at', 0] } },
    ratingScore: { $first: { $ifNull: ['$rating.score', 0] } },
    published: flag({
      $or: [transitionIs('approve'), { $and: [transitionIs(RAISE_ENTRY), { $eq: ['$timeline.toState', 'open'] }] }],
    }),
    resolvedAt: { $max: { $cond: [{ $and: [inPeriod, transitionIn(resolutionTransitions)] }, ENTRY_AT, 0] } },
    convenedAt: { $min: { $cond: [transitionIs('convene'), ENTRY_AT, NEVER] } },
    closedUnresolved: flag(transitionIs('closeUnresolved')),
    referred: flag(transitionIn(referralTransitions)),
    reopened: flag(transitionIs('reopen')),
  };
}

function perCategoryGroup(period: StatsPeriod) {
  const { startMs, endMs } = period;
  const rated = between('$ratingAt', startMs, endMs);
  const months: Record<string, unknown> = {};
  period.months.forEach((month, i) => {
    months[`raised_${i}`] = countWhere(between('$createdAt', month.startMs, month.endMs));
    months[`resolved_${i}`] = countWhere(between('$resolvedAt', month.startMs, month.endMs));
  });
  return {
    _id: '$category',
    raised: countWhere(between('$createdAt', startMs, endMs)),
    published: { $sum: '$published' },
    settled: countWhere({ $and: [{ $gt: ['$resolvedAt', 0] }, { $lte: ['$convenedAt', '$resolvedAt'] }] }),
    resolved: countWhere({ $gt: ['$resolvedAt', 0] }),
    closedUnresolved: { $sum: '$closedUnresolved' },
    referred: { $sum: '$referred' },
    reopened: { $sum: '$reopened' },
    rated: countWhere(rated),
    ratedHigh: countWhere({ $and: [rated, { $gte: ['$ratingScore', 4] }] }),
    ratingStars: { $sum: { $cond: [rated, '$ratingScore', 0] } },
    ...months,
  };
}

function toTally(row: StoredDocument, monthCount: number): MatterTally {
  const n = (field: string) => Number(row[field] ?? 0);
  const months = (prefix: string) => Array.from({ length: monthCount }, (_, i) => n(`${prefix}_${i}`));
  return {
    category: row._id as unknown as MatterCategory,
    raised: n('raised'),
    published: n('published'),
    settledByConsultation: n('settled'),
    resolved: n('resolved'),
    closedUnresolved: n('closedUnresolved'),
    referred: n('referred'),
    reopened: n('reopened'),
    rated: n('rated'),
    ratedHigh: n('ratedHigh'),
    ratingStars: n('ratingStars'),
    raisedByMonth: months('raised'),
    resolvedByMonth: months('resolved'),
  };
}

/**
 * 居民说事 figures, each call one aggregate on the matters collection. Its first $match is served
 * by the (communityId, updatedAt) index: the scope's matters changed since the period began. The
 * timeline is part of the matter document (docs/adr/0004), so the entries are unwound there and
 * kept when they fall in the period (or are a consultation, whenever held), then folded to one
 * row per matter and summed per category: a handful of rows come back, never the matters.
 */
export function createMatterStats(db: CloudbaseDb, names: CollectionNames): MatterStatsRepository {
  const _ = db.command;
  const candidates = (scope: StatsScope, period: StatsPeriod) =>
    db
      .collection(names.matters)
      .aggregate()
      .match({ communityId: _.in([...scope.communityIds]), updatedAt: _.gte(period.startMs) });
  const inPeriod = (period: StatsPeriod) => _.gte(period.startMs).and(_.lt(period.endMs));
  return {
    async tallies(scope, period) {
      if (scope.communityIds.length === 0) return [];
      const reply = await candidates(scope, period)
        .project({ category: 1, createdAt: 1, rating: 1, timeline: 1 })
        .unwind('$timeline')
        .match(_.or([{ 'timeline.at': inPeriod(period) }, { 'timeline.transition': 'convene' }]))
        .group(perMatterGroup(period))
        .group(perCategoryGroup(period))
        .limit(MAX_ROWS_PER_GET)
        .end();
      return rowsOf(reply, 'matterStats.tallies')
        .map((row) => toTally(row, period.months.length))
        .filter(hasSomethingCounted);
    },
    async medianResolveMs(scope, period, resolvedCount) {
      if (scope.communityIds.length === 0 || resolvedCount === 0) return null;
      const { skip, take } = medianWindow(resolvedCount);
      const reply = await candidates(scope, period)
        .project({ createdAt: 1, timeline: 1 })
        .unwind('$timeline')
        .match({ 'timeline.transition': _.in([...resolutionTransitions]), 'timeline.at': inPeriod(period) })
        .group({ _id: '$_id', createdAt: { $first: '$createdAt' }, resolvedAt: { $max: ENTRY_AT } })
        .project({ duration: { $subtract: ['$resolvedAt', '$createdAt'] } })
        .sort({ duration: 1, _id: 1 })
        .skip(skip)
        .limit(take)
        .end();
      const durations = rowsOf(reply, 'matterStats.medianResolveMs').map((row) => Number(row.duration));
      if (durations.length === 0) return null;
      return durations.reduce((sum, d) => sum + d, 0) / durations.length;
    },
  };
}
