import { holderKindLabels, holderKey } from '@domain/casework';
import type { Directory } from '@domain/places';
import { caseFigures as F } from '@domain/stats/caseFigures';
import type { DashboardSection, FigureTable } from '@domain/stats/dashboard';
import { columnOf, figureOf, percentOf } from '@domain/stats/figures';
import type { HolderCaseCounts } from '../../ports/caseStats';
import { holderName } from '../casework/bodies';
import { monthTrend } from './chartPoints';
import type { SectionProvider } from './sections';

type Counted = Exclude<keyof HolderCaseCounts, 'holder'>;
const total = (rows: HolderCaseCounts[], field: Counted) => rows.reduce((sum, row) => sum + row[field], 0);
const onTimeRate = (onTime: number, overdue: number) => percentOf(onTime, onTime + overdue);

/** 按承办单位: each body's cases of the period, the most first, named as the directory names it. */
function holderTable(rows: HolderCaseCounts[], directory: Directory): FigureTable {
  return {
    key: 'byHolder',
    title: '各承办单位按时答复情况',
    columns: [F.dispatched, F.answeredOnTime, F.overdue, F.onTimeRate].map(columnOf),
    rows: [...rows]
      .sort((a, b) => b.dispatched - a.dispatched || (holderKey(a.holder) < holderKey(b.holder) ? -1 : 1))
      .map((row) => ({
        key: holderKey(row.holder),
        label: `${holderName(directory, row.holder)}（${holderKindLabels[row.holder.kind]}）`,
        values: [row.dispatched, row.answeredOnTime, row.overdue, onTimeRate(row.answeredOnTime, row.overdue)],
      })),
  };
}

/**
 * 街呼区应 (casework SLA): the period's cases by holder and by month, side by side, with the place
 * directory for the bodies' names; figures by the rules of src/domain/stats/caseFigures.ts.
 */
export const caseSection: SectionProvider = {
  key: 'casework',
  views: ['community', 'street'],
  async build(deps, scope, period, directory): Promise<DashboardSection> {
    const now = deps.clock.now();
    const [rows, byMonth] = await Promise.all([
      deps.storage.caseStats.byHolder(scope, period, now),
      deps.storage.caseStats.dispatchedByMonth(scope, period),
    ]);
    const onTime = total(rows, 'answeredOnTime');
    const overdue = total(rows, 'overdue');
    return {
      key: 'casework',
      title: '街呼区应',
      figures: [
        figureOf(F.dispatched, total(rows, 'dispatched')),
        figureOf(F.answeredOnTime, onTime),
        figureOf(F.overdue, overdue),
        figureOf(F.onTimeRate, onTimeRate(onTime, overdue)),
        figureOf(F.returned, total(rows, 'returned')),
        figureOf(F.extended, total(rows, 'extended')),
        figureOf(F.longTerm, total(rows, 'longTerm')),
      ],
      charts: [monthTrend('casesByMonth', '每月派遣案件', '件', period, byMonth)],
      tables: [holderTable(rows, directory)],
    };
  },
};
