import type Database from 'better-sqlite3';
import { clockRunningStates, type HolderKind } from '@domain/casework';
import { answeredCaseStates } from '@domain/stats/caseFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { CaseStatsRepository } from '../../ports/caseStats';
import { countsByMonth, periodMonthIndexSql } from './periodMonthSql';
import { statementCache } from './queryHelpers';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const WHERE = `community_id IN (SELECT value FROM json_each(@communityIds))
  AND dispatched_at >= @startMs AND dispatched_at < @endMs`;

// The rules of src/domain/stats/caseFigures.ts, as SQL over one row of `cases`.
const answered = `state IN (${quoted(answeredCaseStates)})`;
const feedbackAt = `json_extract(feedback_json, '$.at')`;
const onTime = `long_term_json IS NULL AND ${answered} AND ${feedbackAt} < due_at`;
const overdue = `long_term_json IS NULL AND ((${answered} AND ${feedbackAt} >= due_at)
  OR (state IN (${quoted(clockRunningStates)}) AND due_at <= @now))`;
const counted = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

interface HolderRow {
  holderKind: HolderKind;
  holderId: string;
  dispatched: number;
  answeredOnTime: number;
  overdue: number;
  returned: number;
  extended: number;
  longTerm: number;
}

/** 街呼区应's SLA figures on SQLite: one GROUP BY over a range of cases_by_community_dispatched per community. */
export function sqliteCaseStats(db: Database.Database): CaseStatsRepository {
  const prepared = statementCache(db);
  const byHolder = db.prepare<[Record<string, unknown>], HolderRow>(
    `SELECT holder_kind AS holderKind, holder_id AS holderId, COUNT(*) AS dispatched,
       ${counted(onTime)} AS answeredOnTime,
       ${counted(overdue)} AS overdue,
       ${counted(`return_reason != ''`)} AS returned,
       ${counted(`json_extract(extension_json, '$.decision') = 'approved'`)} AS extended,
       ${counted('long_term_json IS NOT NULL')} AS longTerm
     FROM cases INDEXED BY cases_by_community_dispatched WHERE ${WHERE}
     GROUP BY holder_kind, holder_id`,
  );
  const bounds = (scope: StatsScope, period: StatsPeriod) => ({
    communityIds: JSON.stringify(scope.communityIds),
    startMs: period.startMs,
    endMs: period.endMs,
  });

  return {
    async byHolder(scope, period, now) {
      return byHolder.all({ ...bounds(scope, period), now }).map(({ holderKind, holderId, ...counts }) => ({
        holder: { kind: holderKind, id: holderId },
        ...counts,
      }));
    },
    async dispatchedByMonth(scope, period) {
      const rows = prepared<{ month: number; n: number }>(
        `SELECT ${periodMonthIndexSql('dispatched_at', period)} AS month, COUNT(*) AS n
         FROM cases INDEXED BY cases_by_community_dispatched WHERE ${WHERE} GROUP BY month`,
      ).all(bounds(scope, period));
      return countsByMonth(period, rows);
    },
  };
}
