import type { Chart, DashboardSection } from '@domain/stats/dashboard';
import { figureOf } from '@domain/stats/figures';
import { visitFigures, visitModeOrder, type VisitFigureKey } from '@domain/stats/visitFigures';
import { bookingTrend, communityVisitValues, heardByMode, visitFigureValues } from '@domain/stats/visitSummary';
import { visitModeLabels } from '@domain/visits/views';
import { communityTables } from './communityTable';
import type { SectionProvider } from './sections';
import { todayOf, visitTallyOf } from './visitTally';

const shown: VisitFigureKey[] = [
  'visitDays',
  'slots',
  'seats',
  'booked',
  'attended',
  'noShow',
  'attendanceRate',
  'walkIns',
  'homeVisits',
  'records',
  'followUpsDue',
  'followUpsOnTime',
  'followUpsOverdue',
];

/** A street's columns by community: the days held, seats taken and kept, what was written, what is late. */
const byCommunity: VisitFigureKey[] = ['visitDays', 'booked', 'attended', 'records', 'followUpsOverdue'];

/** 民意5来听 on every dashboard: the committee's, the street's, and a cadre's own. */
export const visitSection: SectionProvider = {
  key: 'visits',
  views: ['community', 'street', 'cadre'],
  async build(deps, scope, period, directory): Promise<DashboardSection> {
    const tally = await visitTallyOf(deps, scope, period);
    const today = todayOf(deps);
    const values = visitFigureValues(tally, today);
    const trend = bookingTrend(tally, period);
    const monthly = (key: string, title: string, series: number[]): Chart => ({
      key,
      title,
      kind: 'trend',
      unit: '人次',
      points: period.months.map((m, i) => ({ key: m.key, label: m.label, value: series[i] })),
    });
    const heard = heardByMode(tally);
    return {
      key: 'visits',
      title: '民意5来听',
      figures: shown.map((key) => figureOf(visitFigures[key], values[key])),
      charts: [
        monthly('bookedByMonth', '每月预约人次', trend.booked),
        monthly('attendedByMonth', '每月预约到场人次', trend.attended),
        {
          key: 'heardByMode',
          title: '接访人次（按接访方式）',
          kind: 'share',
          unit: '人次',
          points: visitModeOrder
            .map((mode) => ({ key: mode, label: visitModeLabels[mode], value: heard[mode] }))
            .sort((a, b) => b.value - a.value),
        },
      ],
      tables: communityTables(
        scope,
        directory,
        byCommunity.map((key) => visitFigures[key]),
        (id) => {
          const own = communityVisitValues(tally, id, today);
          return byCommunity.map((key) => own[key]);
        },
      ),
    };
  },
};
