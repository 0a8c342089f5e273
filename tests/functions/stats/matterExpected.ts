import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import { meanOf, percentOf } from '@domain/stats/figures';
import { matterFigureRules, medianDays, type RawMatter } from '@domain/stats/matterFigures';
import type { StatsPeriod } from '@domain/stats/period';
import { monthIndexOf } from '@domain/stats/period';

/**
 * The 居民说事 section's numbers recomputed from raw matters by the domain's rules, one matter at a
 * time, with no storage involved: what the aggregations must agree with.
 */
export function expectedMatterNumbers(raw: readonly RawMatter[], communityIds: readonly string[], period: StatsPeriod) {
  const counted = raw
    .filter((m) => communityIds.includes(m.communityId))
    .map((m) => ({ m, r: matterFigureRules(m, period) }));
  const count = (test: (r: (typeof counted)[number]['r']) => boolean) => counted.filter(({ r }) => test(r)).length;
  const scores = counted.flatMap(({ r }) => (r.ratingScore === null ? [] : [r.ratingScore]));
  const durations = counted.flatMap(({ m, r }) => (r.resolvedAt === null ? [] : [r.resolvedAt - m.createdAt]));
  const figures = {
    raised: count((r) => r.raised),
    published: count((r) => r.published),
    settledByConsultation: count((r) => r.settledByConsultation),
    resolved: count((r) => r.resolvedAt !== null),
    closedUnresolved: count((r) => r.closedUnresolved),
    referred: count((r) => r.referred),
    reopened: count((r) => r.reopened),
    medianDaysToResolve: medianDays(durations),
    rated: scores.length,
    satisfiedShare: percentOf(scores.filter((s) => s >= 4).length, scores.length),
    averageStars: meanOf(
      scores.reduce((a, b) => a + b, 0),
      scores.length,
    ),
  };
  const perMonth = (at: (x: (typeof counted)[number]) => number | null) =>
    period.months.map((month, i) => ({
      key: month.key,
      label: month.label,
      value: counted.filter((x) => {
        const t = at(x);
        return t !== null && monthIndexOf(period, t) === i;
      }).length,
    }));
  const raisedIn = (c: MatterCategory) => counted.filter(({ m, r }) => m.category === c && r.raised).length;
  const byCategory = matterCategories
    .map((c) => ({ key: c, label: categoryLabels[c], value: raisedIn(c) }))
    .filter((p) => p.value > 0)
    .sort((a, b) => b.value - a.value || matterCategories.indexOf(a.key) - matterCategories.indexOf(b.key));
  return {
    figures,
    raisedByMonth: perMonth(({ m, r }) => (r.raised ? m.createdAt : null)),
    resolvedByMonth: perMonth(({ r }) => r.resolvedAt),
    byCategory,
  };
}
