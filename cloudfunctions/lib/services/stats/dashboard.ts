import { resolvePeriod } from '@domain/stats/period';
import type { ServiceMap } from '../../service';
import { requireUser } from '../requireUser';
import { resolveStatsScope } from './scope';
import { dashboardSections } from './sections';

/**
 * stats.dashboard: the caller's figures for a period. The sections of the caller's view are
 * computed side by side, each by a few aggregations in storage.
 */
export const dashboard: ServiceMap<'stats'>['dashboard'] = async ({ caller, deps }, input) => {
  const user = requireUser(caller);
  const now = deps.clock.now();
  const period = resolvePeriod(input.period, now);
  const directory = await deps.storage.places.directory();
  const resolved = resolveStatsScope(user, directory, input.communityId);
  const { scope } = resolved;
  const providers = dashboardSections.filter((section) => section.views.includes(scope.view));
  const sections = await Promise.all(providers.map((provider) => provider.build(deps, scope, period, directory)));
  return {
    view: scope.view,
    scopeLabel: resolved.scopeLabel,
    communities: resolved.communities,
    communityId: resolved.communityId,
    period: { kind: period.kind, from: period.from, to: period.to, label: period.label },
    sections,
    computedAt: now,
  };
};
