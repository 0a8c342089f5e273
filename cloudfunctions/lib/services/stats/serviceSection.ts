import { serviceCategoryLabels } from '@domain/service/categories';
import type { Chart, DashboardSection, FigureTable } from '@domain/stats/dashboard';
import { figureOf, percentOf } from '@domain/stats/figures';
import type { StatsPeriod } from '@domain/stats/period';
import { hoursOfMinutes, serviceFigures as F } from '@domain/stats/serviceFigures';
import type { OrderCategoryCounts, OrderStats } from '../../ports/serviceStats';
import { monthTrend, shareChart } from './chartPoints';
import type { SectionProvider } from './sections';

const total = (rows: OrderCategoryCounts[], field: keyof Omit<OrderCategoryCounts, 'category'>) =>
  rows.reduce((sum, row) => sum + row[field], 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function orderCharts(orders: OrderStats, period: StatsPeriod): Chart[] {
  return [
    monthTrend('ordersByMonth', '每月群众点单', '件', period, orders.byMonth),
    shareChart(
      'ordersByCategory',
      '点单服务类别',
      '件',
      orders.byCategory.map((row) => ({
        key: row.category,
        label: serviceCategoryLabels[row.category],
        value: row.placed,
      })),
    ),
  ];
}

function starTable(volunteersByStars: number[]): FigureTable {
  return {
    key: 'volunteersByStars',
    title: '星级志愿者分布',
    columns: [{ key: 'volunteers', label: '志愿者', unit: '人' }],
    rows: volunteersByStars.map((n, i) => ({
      key: `stars${i + 1}`,
      label: `${'★'.repeat(i + 1)} ${i + 1}星`,
      values: [n],
    })),
  };
}

/**
 * 志愿服务 (群众点单 · 红色代办 · 双报到 · 时长): four aggregations side by side, figures by the rules
 * of src/domain/stats/serviceFigures.ts.
 */
export const serviceSection: SectionProvider = {
  key: 'service',
  views: ['community', 'street'],
  async build(deps, scope, period): Promise<DashboardSection> {
    const stats = deps.storage.serviceStats;
    const [orders, volunteers, hours, activities] = await Promise.all([
      stats.orders(scope, period),
      stats.volunteers(scope, period),
      stats.hours(scope, period),
      stats.activitiesHeld(scope, period),
    ]);
    const rows = orders.byCategory;
    return {
      key: 'service',
      title: '志愿服务',
      figures: [
        figureOf(F.volunteers, volunteers.approved),
        figureOf(F.partyVolunteers, volunteers.partyMembers),
        figureOf(F.newVolunteers, volunteers.newlyApproved),
        figureOf(F.ordersPlaced, total(rows, 'placed')),
        figureOf(F.ordersCompleted, total(rows, 'completed')),
        figureOf(F.ordersOnBehalf, total(rows, 'onBehalf')),
        figureOf(F.goodRatingShare, percentOf(total(rows, 'ratedGood'), total(rows, 'rated'))),
        figureOf(F.hoursCredited, hoursOfMinutes(hours.minutes)),
        figureOf(F.starVolunteers, sum(hours.volunteersByStars)),
        figureOf(F.activitiesHeld, activities),
      ],
      charts: orderCharts(orders, period),
      tables: [starTable(hours.volunteersByStars)],
    };
  },
};
