import type { Directory } from '@domain/places';
import { categoryLabels, matterCategories } from '@domain/matters/categories';
import type { Chart, DashboardSection, FigureTable } from '@domain/stats/dashboard';
import { columnOf, figureOf, meanOf, percentOf } from '@domain/stats/figures';
import { matterFigures, roundedDays, type MatterTally } from '@domain/stats/matterFigures';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import { communityTables } from './communityTable';
import type { SectionProvider } from './sections';

type Summed = Omit<MatterTally, 'communityId' | 'category'>;
type CategoryTally = Summed & Pick<MatterTally, 'category'>;

/** The figures of every category added up: the totals of the section. */
function totalOf(tallies: readonly Summed[], months: number): Summed {
  const total: Summed = {
    raised: 0,
    published: 0,
    settledByConsultation: 0,
    resolved: 0,
    closedUnresolved: 0,
    referred: 0,
    reopened: 0,
    rated: 0,
    ratedHigh: 0,
    ratingStars: 0,
    raisedByMonth: new Array<number>(months).fill(0),
    resolvedByMonth: new Array<number>(months).fill(0),
  };
  for (const tally of tallies) {
    for (const key of Object.keys(total) as (keyof Summed)[]) {
      const value = tally[key];
      if (typeof value === 'number') (total[key] as number) += value;
    }
    tally.raisedByMonth.forEach((n, i) => (total.raisedByMonth[i] += n));
    tally.resolvedByMonth.forEach((n, i) => (total.resolvedByMonth[i] += n));
  }
  return total;
}

/** The communities' tallies of each category added up. */
function perCategory(tallies: readonly MatterTally[], months: number): CategoryTally[] {
  return matterCategories
    .map((category) => ({
      category,
      ...totalOf(
        tallies.filter((t) => t.category === category),
        months,
      ),
    }))
    .filter((t) => tallies.some((x) => x.category === t.category));
}

/** Largest first; equal ones in the categories' usual order. */
function byRaised(tallies: readonly CategoryTally[]): CategoryTally[] {
  const order = (t: CategoryTally) => matterCategories.indexOf(t.category);
  return [...tallies].sort((a, b) => b.raised - a.raised || order(a) - order(b));
}

function trend(key: string, title: string, period: StatsPeriod, values: number[]): Chart {
  const points = period.months.map((month, i) => ({ key: month.key, label: month.label, value: values[i] }));
  return { key, title, kind: 'trend', unit: '件', points };
}

function categoryTable(tallies: readonly CategoryTally[]): FigureTable {
  const f = matterFigures;
  return {
    key: 'byCategory',
    title: '按类别',
    columns: [f.raised, f.resolved, f.settledByConsultation, f.closedUnresolved, f.referred, f.satisfiedShare].map(
      columnOf,
    ),
    rows: byRaised(tallies).map((t) => ({
      key: t.category,
      label: categoryLabels[t.category],
      values: [
        t.raised,
        t.resolved,
        t.settledByConsultation,
        t.closedUnresolved,
        t.referred,
        percentOf(t.ratedHigh, t.rated),
      ],
    })),
  };
}

/** A street's row per community: the tallies of its categories added up. */
function communityTable(
  tallies: readonly MatterTally[],
  scope: StatsScope,
  directory: Directory,
  months: number,
): FigureTable[] {
  const f = matterFigures;
  const columns = [f.raised, f.resolved, f.closedUnresolved, f.referred, f.satisfiedShare];
  return communityTables(scope, directory, columns, (id) => {
    const t = totalOf(
      tallies.filter((x) => x.communityId === id),
      months,
    );
    return [t.raised, t.resolved, t.closedUnresolved, t.referred, percentOf(t.ratedHigh, t.rated)];
  });
}

/**
 * 居民说事 on the community and street dashboards: two aggregations, the tallies per category and
 * then the median (whose position is the number of resolved matters the tallies counted).
 */
export const mattersSection: SectionProvider = {
  key: 'matters',
  views: ['community', 'street'],
  async build(deps, scope, period, directory): Promise<DashboardSection> {
    const tallies = await deps.storage.matterStats.tallies(scope, period);
    const total = totalOf(tallies, period.months.length);
    const categories = perCategory(tallies, period.months.length);
    const medianMs = await deps.storage.matterStats.medianResolveMs(scope, period, total.resolved);
    const f = matterFigures;
    const raisedShare = byRaised(categories).filter((t) => t.raised > 0);
    return {
      key: 'matters',
      title: '居民说事',
      figures: [
        figureOf(f.raised, total.raised),
        figureOf(f.published, total.published),
        figureOf(f.settledByConsultation, total.settledByConsultation),
        figureOf(f.resolved, total.resolved),
        figureOf(f.closedUnresolved, total.closedUnresolved),
        figureOf(f.referred, total.referred),
        figureOf(f.reopened, total.reopened),
        figureOf(f.medianDaysToResolve, roundedDays(medianMs)),
        figureOf(f.rated, total.rated),
        figureOf(f.satisfiedShare, percentOf(total.ratedHigh, total.rated)),
        figureOf(f.averageStars, meanOf(total.ratingStars, total.rated)),
      ],
      charts: [
        trend('raisedByMonth', '每月提出', period, total.raisedByMonth),
        trend('resolvedByMonth', '每月解决', period, total.resolvedByMonth),
        {
          key: 'raisedByCategory',
          title: '提出说事的类别（多的在前）',
          kind: 'share',
          unit: '件',
          points: raisedShare.map((t) => ({ key: t.category, label: categoryLabels[t.category], value: t.raised })),
        },
      ],
      tables: [categoryTable(categories), ...communityTable(tallies, scope, directory, period.months.length)],
    };
  },
};
