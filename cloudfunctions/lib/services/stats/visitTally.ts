import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { VisitTally } from '@domain/stats/visitSummary';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';

const tallies = new WeakMap<StatsPeriod, WeakMap<StatsScope, Promise<VisitTally>>>();

/**
 * What 民意5来听's two sections (the figures, the cadres' table) both read: summed once per
 * dashboard call, the three sums side by side. The dashboard hands every section the same scope
 * and period objects, so the second section finds the first one's requests already under way.
 */
export function visitTallyOf(deps: Deps, scope: StatsScope, period: StatsPeriod): Promise<VisitTally> {
  let byScope = tallies.get(period);
  if (!byScope) tallies.set(period, (byScope = new WeakMap()));
  let tally = byScope.get(scope);
  if (!tally) {
    tally = sumVisits(deps, scope, period);
    byScope.set(scope, tally);
  }
  return tally;
}

async function sumVisits(deps: Deps, scope: StatsScope, period: StatsPeriod): Promise<VisitTally> {
  const { visitStats } = deps.storage;
  const [slotDays, timeliness, followUps] = await Promise.all([
    visitStats.slotDays(scope, period),
    visitStats.recordTimeliness(scope, period),
    visitStats.followUps(scope, period, todayOf(deps)),
  ]);
  return { slotDays, timeliness, followUps };
}

export function todayOf(deps: Deps): string {
  return shanghaiDateOf(deps.clock.now());
}
