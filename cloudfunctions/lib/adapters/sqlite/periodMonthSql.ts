import type { StatsPeriod } from '@domain/stats/period';

/**
 * `CASE WHEN col < <end of month 0> THEN 0 WHEN ... END`: the index of the period's month an
 * instant falls in, for GROUP BY. The bounds are the period's own integers (UTC ms), checked to be
 * integers before they are written into the SQL; rows are already limited to the period.
 */
export function periodMonthIndexSql(column: string, period: StatsPeriod): string {
  const arms = period.months.map((month, i) => {
    if (!Number.isSafeInteger(month.endMs)) throw new RangeError(`month end is not an integer: ${month.endMs}`);
    return `WHEN ${column} < ${month.endMs} THEN ${i}`;
  });
  return `CASE ${arms.join(' ')} ELSE -1 END`;
}

/** Counts per month index as an array in the period's month order (months without rows are 0). */
export function countsByMonth(period: StatsPeriod, rows: { month: number; n: number }[]): number[] {
  const counts = period.months.map(() => 0);
  for (const row of rows) if (row.month >= 0 && row.month < counts.length) counts[row.month] = row.n;
  return counts;
}
