import { OPEN_DATA_MONTHS } from '@domain/stats/openData';
import { resolvePeriod, type StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import type { Deps } from '../../../deps';
import { dashboardSections } from '../sections';
import type { CsvCell } from './csv';

/** The last OPEN_DATA_MONTHS months, oldest first, each as a period of its own (the current one too). */
export function openDataMonths(now: number): StatsPeriod[] {
  const months: StatsPeriod[] = [resolvePeriod({ kind: 'thisMonth' }, now)];
  while (months.length < OPEN_DATA_MONTHS) {
    const earlier = months[0].startMs - 1;
    months.unshift(resolvePeriod({ kind: 'thisMonth' }, earlier));
  }
  return months;
}

/**
 * Every figure of the community's dashboard (the sections registered for the community view), a
 * line per month and figure: what a committee reports each month, for anyone to read. Only
 * figures, never tables (a table names people: cadres, bodies).
 */
export async function monthlyFigureRows(deps: Deps, communityId: string, now: number): Promise<CsvCell[][]> {
  const scope: StatsScope = { view: 'community', communityIds: [communityId], cadreId: null };
  // Read once for the twelve months (seven requests on CloudBase), as the dashboard does.
  const directory = await deps.storage.places.directory();
  const providers = dashboardSections.filter((section) => section.views.includes('community'));
  const rows: CsvCell[][] = [];
  for (const month of openDataMonths(now)) {
    const sections = await Promise.all(providers.map((provider) => provider.build(deps, scope, month, directory)));
    const key = month.from.slice(0, 7);
    for (const section of sections) {
      for (const figure of section.figures) {
        rows.push([key, section.title, figure.label, figure.value, figure.unit, figure.rule]);
      }
    }
  }
  return rows;
}
