import type { Directory } from '@domain/places';
import type { DashboardSection, DashboardView } from '@domain/stats/dashboard';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { Deps } from '../../deps';
import { mattersSection } from './mattersSection';
import { cadreSection } from './cadreSection';
import { visitSection } from './visitSection';
import { caseSection } from './caseSection';
import { serviceSection } from './serviceSection';

/**
 * One capability's part of the dashboard. A capability adds its figures by adding its provider to
 * `dashboardSections` below, and nothing else: the dashboard service and the pages draw whatever
 * sections come back.
 */
export interface SectionProvider {
  key: string;
  /** The dashboards this section appears on. */
  views: readonly DashboardView[];
  /**
   * Computes the section by aggregation in storage (a few requests, never a read of every row).
   * `directory` is the place directory the caller's scope was resolved with, read once per
   * dashboard: a section names communities and bodies from it, never by reading it again.
   */
  build(deps: Deps, scope: StatsScope, period: StatsPeriod, directory: Directory): Promise<DashboardSection>;
}

/** The registration point: every section of every dashboard, in the order they are shown. */
export const dashboardSections: readonly SectionProvider[] = [
  mattersSection,
  visitSection,
  cadreSection,
  serviceSection,
  caseSection,
];
