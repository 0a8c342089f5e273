import { clockRunningStates, type HolderKind } from '@domain/casework';
import { answeredCaseStates } from '@domain/stats/caseFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { CaseStatsRepository } from '../../ports/caseStats';
import type { CollectionNames } from './collections';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { countByPeriodMonth, periodMatch } from './periodBuckets';

const count = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const noLongTerm = { $eq: [{ $ifNull: ['$longTerm', null] }, null] };
const answered = { $in: ['$state', [...answeredCaseStates]] };

/**
 * 街呼区应's SLA figures on CloudBase: one aggregate grouping the period's cases by holder, its
 * $match a range of the (communityId, dispatchedAt) index (caseIndexes.ts); the rules of
 * src/domain/stats/caseFigures.ts as $cond expressions. The feedback's time is read only of
 * answered cases, which always have one.
 */
export function createCaseStatsRepository(db: CloudbaseDb, names: CollectionNames): CaseStatsRepository {
  const _ = db.command;
  const cases = () => db.collection(names.cases);
  const matchOf = (scope: StatsScope, period: StatsPeriod) =>
    periodMatch(_, { communityId: _.in(scope.communityIds) }, 'dispatchedAt', period);

  return {
    async byHolder(scope, period, now) {
      const reply = await cases()
        .aggregate()
        .match(matchOf(scope, period))
        .group({
          _id: { kind: '$holderKind', id: '$holderId' },
          dispatched: { $sum: 1 },
          answeredOnTime: count({ $and: [noLongTerm, answered, { $lt: ['$feedback.at', '$dueAt'] }] }),
          overdue: count({
            $and: [
              noLongTerm,
              {
                $or: [
                  { $and: [answered, { $gte: ['$feedback.at', '$dueAt'] }] },
                  { $and: [{ $in: ['$state', [...clockRunningStates]] }, { $lte: ['$dueAt', now] }] },
                ],
              },
            ],
          }),
          returned: count({ $ne: ['$returnReason', ''] }),
          extended: count({ $eq: ['$extensionDecision', 'approved'] }),
          longTerm: count({ $not: [noLongTerm] }),
        })
        .limit(MAX_ROWS_PER_GET)
        .end();
      return rowsOf(reply, 'caseStats.byHolder').map((row) => {
        const holder = row._id as unknown as { kind: HolderKind; id: string };
        return {
          holder: { kind: holder.kind, id: holder.id },
          dispatched: Number(row.dispatched),
          answeredOnTime: Number(row.answeredOnTime),
          overdue: Number(row.overdue),
          returned: Number(row.returned),
          extended: Number(row.extended),
          longTerm: Number(row.longTerm),
        };
      });
    },
    dispatchedByMonth: (scope, period) =>
      countByPeriodMonth(cases(), matchOf(scope, period), 'dispatchedAt', period, 'caseStats.byMonth'),
  };
}
