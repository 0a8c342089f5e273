import type { Chart, FigureUnit } from '@domain/stats/dashboard';
import type { StatsPeriod } from '@domain/stats/period';

/** A trend chart: one point per month of the period, in order (months without any are 0). */
export function monthTrend(key: string, title: string, unit: FigureUnit, period: StatsPeriod, counts: number[]): Chart {
  return {
    key,
    title,
    kind: 'trend',
    unit,
    points: period.months.map((month, i) => ({ key: month.key, label: month.label, value: counts[i] ?? 0 })),
  };
}

/** A share chart: the parts with any value, largest first (ties in key order, so it reads the same each time). */
export function shareChart(
  key: string,
  title: string,
  unit: FigureUnit,
  parts: { key: string; label: string; value: number }[],
): Chart {
  const points = parts
    .filter((part) => part.value > 0)
    .sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { key, title, kind: 'share', unit, points };
}
