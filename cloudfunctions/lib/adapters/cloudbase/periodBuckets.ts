import type { StatsPeriod } from '@domain/stats/period';
import { rowsOf, type CloudbaseCollection, type CloudbaseCommand } from './database';
import { allOf } from './keysetPages';

/**
 * The documents of `pinned` whose instant `field` lies in the period, as one `$and` of its
 * conditions: the form the index check (and the database) reads the pinned fields and the range of.
 */
export function periodMatch(
  command: CloudbaseCommand,
  pinned: Record<string, unknown>,
  field: string,
  range: { startMs?: number; endMs: number },
): Record<string, unknown> {
  const bounds = [{ [field]: command.lt(range.endMs) }];
  if (range.startMs !== undefined) bounds.unshift({ [field]: command.gte(range.startMs) });
  return allOf(command, [pinned, ...bounds]) as Record<string, unknown>;
}

/** Outside every month: cannot happen after the period's $match, but $bucket wants a default. */
const OUTSIDE = 'outside';

/**
 * How many documents of `match` fall in each month of the period, by their instant `field`: one
 * aggregate, `$bucket` on the months' boundaries (UTC ms). Date operators are not used: the months
 * are Shanghai's, already resolved into instants by the period.
 */
export async function countByPeriodMonth(
  collection: CloudbaseCollection,
  match: Record<string, unknown>,
  field: string,
  period: StatsPeriod,
  operation: string,
): Promise<number[]> {
  const boundaries = [...period.months.map((m) => m.startMs), period.months[period.months.length - 1].endMs];
  const reply = await collection
    .aggregate()
    .match(match)
    .bucket({ groupBy: `$${field}`, boundaries, default: OUTSIDE, output: { n: { $sum: 1 } } })
    // An aggregate answers 20 rows unless told: a bucket per month, and the default's.
    .limit(boundaries.length)
    .end();
  const counts = period.months.map(() => 0);
  for (const row of rowsOf(reply, operation)) {
    const month = period.months.findIndex((m) => m.startMs === (row._id as unknown));
    if (month >= 0) counts[month] = Number(row.n);
  }
  return counts;
}

/** The first row of a `$group` by null, or null when nothing matched. */
export function onlyRow(reply: unknown, operation: string): Record<string, unknown> | null {
  return rowsOf(reply, operation)[0] ?? null;
}
