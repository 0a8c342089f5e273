import type { MatterCategory } from '../matters/categories';
import type { MatterState } from '../matters/states';
import type { MatterTransition } from '../matters/transitions';
import { defineFigures } from './figures';
import type { StatsPeriod } from './period';

/**
 * 居民说事 figures (issue 16): each defined once, here, with the rule it counts by. Every figure
 * counts matters (件), each matter at most once per period, by the time of its own event on the
 * matter's timeline (not by when the matter was raised): a matter raised in November and resolved
 * on 1 December counts as raised in November and resolved in December. The storage adapters
 * compute them by aggregation; `matterFigureRules` below states the same rules over one matter's
 * raw record, so a test can recompute every figure from the rows.
 */

/** A resolution: the committee's 标记解决, or the on-site check that passes a dispatched case. */
export const resolutionTransitions: readonly MatterTransition[] = ['resolve', 'caseVerified'];
/** Handed beyond the committee: 转交其他部门 or 上报街道/部门 (a dispatch to a case holder included). */
export const referralTransitions: readonly MatterTransition[] = ['refer', 'escalate'];
/** The first timeline entry of every matter (publishNewMatter); not a state-table transition. */
export const RAISE_ENTRY = 'raise';

export const matterFigures = defineFigures({
  raised: {
    label: '提出',
    unit: '件',
    rule: '统计周期内新提出的说事件数，按提出时间计；含待审核、审核未通过、已隐藏和与相同事项合并的说事（每一件都是居民说出的事）。',
  },
  published: {
    label: '公开',
    unit: '件',
    rule: '统计周期内公开的说事件数，按公开时间计：居委会审核通过，或提出时无需审核直接公开（含网格员信息采集上报）。',
  },
  settledByConsultation: {
    label: '协商解决',
    unit: '件',
    rule: '「已解决」中，解决之前召开过协商会（时间线上有「安排协商会」）的说事件数，按解决时间计。',
  },
  resolved: {
    label: '已解决',
    unit: '件',
    rule: '统计周期内标记为「问题已解决」的说事件数，按解决时间计；含街呼区应核查通过的。同一件解决、重新办理后再解决，周期内只计一件。',
  },
  closedUnresolved: {
    label: '未能解决',
    unit: '件',
    rule: '统计周期内如实说明「未能解决」的说事件数，按说明时间计。',
  },
  referred: {
    label: '转办/上报',
    unit: '件',
    rule: '统计周期内转交其他部门办理，或上报街道/部门（街呼区应派遣）的说事件数，按转办/上报时间计；同一件多次上报只计一件。',
  },
  reopened: {
    label: '重新办理',
    unit: '件',
    rule: '统计周期内居民不满意、重新打开办理的说事件数，按重新打开时间计；同一件多次重新打开只计一件。',
  },
  medianDaysToResolve: {
    label: '办结天数中位数',
    unit: '天',
    rule: '「已解决」各件从提出到周期内最后一次解决的天数（精确到0.1天）的中位数；件数为偶数时取中间两件的平均。',
  },
  rated: {
    label: '评价',
    unit: '件',
    rule: '统计周期内居民给出评价的说事件数，按评价时间计（每件最多评价一次）。',
  },
  satisfiedShare: {
    label: '满意率',
    unit: '%',
    rule: '周期内的评价中，4星和5星所占比例。',
  },
  averageStars: {
    label: '平均评分',
    unit: '星',
    rule: '周期内全部评价星数的平均值（1-5星，保留一位小数）。',
  },
});

export type MatterFigureKey = keyof typeof matterFigures;

/** The figures counted by category and summed: every key but the median and the two ratios. */
export interface MatterTally {
  category: MatterCategory;
  raised: number;
  published: number;
  settledByConsultation: number;
  resolved: number;
  closedUnresolved: number;
  referred: number;
  reopened: number;
  rated: number;
  /** Ratings of 4 or 5 stars. */
  ratedHigh: number;
  /** The stars of the ratings, added up. */
  ratingStars: number;
  /** Raised per month of the period, one per `period.months` entry. */
  raisedByMonth: number[];
  /** Resolved per month (the month of its last resolution in the period). */
  resolvedByMonth: number[];
}

/** The raw matter the rules read: its record's fields and its timeline. */
export interface RawMatter {
  communityId: string;
  category: MatterCategory;
  createdAt: number;
  rating: { score: number; at: number } | null;
  timeline: readonly { at: number; transition: string; toState: MatterState }[];
}

const MS_PER_DAY = 86_400_000;

/** What one matter counts for in a period: the rules of the figures, stated over its record. */
export function matterFigureRules(matter: RawMatter, period: StatsPeriod) {
  const within = (ms: number) => period.startMs <= ms && ms < period.endMs;
  const inPeriod = matter.timeline.filter((entry) => within(entry.at));
  const has = (names: readonly string[]) => inPeriod.some((entry) => names.includes(entry.transition));
  const resolutions = inPeriod.filter((entry) => resolutionTransitions.includes(entry.transition as MatterTransition));
  const resolvedAt = resolutions.length > 0 ? Math.max(...resolutions.map((e) => e.at)) : null;
  const convenedBefore = (at: number) => matter.timeline.some((e) => e.transition === 'convene' && e.at <= at);
  const rated = matter.rating !== null && within(matter.rating.at);
  return {
    raised: within(matter.createdAt),
    published: inPeriod.some(
      (e) => e.transition === 'approve' || (e.transition === RAISE_ENTRY && e.toState === 'open'),
    ),
    resolvedAt,
    settledByConsultation: resolvedAt !== null && convenedBefore(resolvedAt),
    closedUnresolved: has(['closeUnresolved']),
    referred: has(referralTransitions),
    reopened: has(['reopen']),
    /** Days from raising to the counted resolution, when resolved in the period. */
    daysToResolve: resolvedAt === null ? null : (resolvedAt - matter.createdAt) / MS_PER_DAY,
    ratingScore: rated ? matter.rating!.score : null,
  };
}

/** The median of the durations (ms), in days with one decimal; null over nothing. */
export function medianDays(durationsMs: readonly number[]): number | null {
  if (durationsMs.length === 0) return null;
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return roundedDays((sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2);
}

/** A duration in days with one decimal (3.5天); null stays null. */
export function roundedDays(ms: number | null): number | null {
  return ms === null ? null : Math.round((ms * 10) / MS_PER_DAY) / 10;
}

/**
 * The positions of the median among `count` sorted values: skip `skip`, take `take` (1 or 2).
 * The adapters sort the durations in storage and read only these.
 */
export function medianWindow(count: number): { skip: number; take: number } {
  return { skip: Math.floor((count - 1) / 2), take: count % 2 === 0 ? 2 : 1 };
}

/**
 * Whether a category's tally counts anything: a matter changed in the period for another reason
 * (pinned, a photo checked) is a candidate that counts for nothing, and its category is left out.
 */
export function hasSomethingCounted(tally: MatterTally): boolean {
  const { raised, published, resolved, closedUnresolved, referred, reopened, rated } = tally;
  return [raised, published, resolved, closedUnresolved, referred, reopened, rated].some((n) => n > 0);
}
