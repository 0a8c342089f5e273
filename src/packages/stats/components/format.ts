import type { DashboardSection, FigureUnit } from '@domain/stats/dashboard';

/** What a figure with no value shows (a rate over nothing, a median of nothing). */
export const NO_VALUE = '—';

/** `12件`, `95.5%`, `3.5天`, or — when the figure cannot be computed. */
export function formatValue(value: number | null, unit: FigureUnit): string {
  return value === null ? NO_VALUE : `${value}${unit}`;
}

/** A part's share of the whole in percent with one decimal, for a share chart's rows. */
export function shareOf(value: number, total: number): string {
  return total === 0 ? NO_VALUE : `${Math.round((value * 1000) / total) / 10}%`;
}

/**
 * A section with nothing to show for the period: every figure zero or unknown and every chart
 * and table empty or zero. It reads 本期暂无记录, not a wall of zeros.
 */
export function isEmptySection(section: DashboardSection): boolean {
  const quiet = (value: number | null) => value === null || value === 0;
  return (
    section.figures.every((figure) => quiet(figure.value)) &&
    section.charts.every((chart) => chart.points.every((point) => quiet(point.value))) &&
    section.tables.every((table) => table.rows.every((row) => row.values.every(quiet)))
  );
}
