import type { ServiceCategory } from '@domain/service/categories';
import type { StatsPeriod } from '@domain/stats/period';
import type { OrderCategoryCounts, OrderStats } from '../ports/serviceStats';

/** One group of the period's orders as both engines count it: a category in a month. */
export interface OrderGroupRow extends Omit<OrderCategoryCounts, 'category'> {
  category: ServiceCategory;
  /** The index of the month in the period (-1: outside it, which the period's match rules out). */
  month: number;
}

/**
 * The orders' figures from their (category, month) groups, the database's counts: summed per
 * category and per month (a few hundred groups at most, never the orders themselves).
 */
export function orderStatsOf(rows: readonly OrderGroupRow[], period: StatsPeriod): OrderStats {
  const byCategory = new Map<ServiceCategory, OrderCategoryCounts>();
  const byMonth = period.months.map(() => 0);
  for (const { month, category, ...counts } of rows) {
    if (month >= 0 && month < byMonth.length) byMonth[month] += counts.placed;
    const sum = byCategory.get(category) ?? { category, placed: 0, completed: 0, onBehalf: 0, rated: 0, ratedGood: 0 };
    sum.placed += counts.placed;
    sum.completed += counts.completed;
    sum.onBehalf += counts.onBehalf;
    sum.rated += counts.rated;
    sum.ratedGood += counts.ratedGood;
    byCategory.set(category, sum);
  }
  return { byCategory: [...byCategory.values()], byMonth };
}
