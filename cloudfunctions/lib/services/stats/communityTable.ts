import type { Directory } from '@domain/places';
import type { FigureTable } from '@domain/stats/dashboard';
import { columnOf, type FigureDefinition } from '@domain/stats/figures';
import type { StatsScope } from '@domain/stats/scope';

/**
 * A street's table 按社区: a row per community of the scope, in directory order (the scope's own
 * order), each named from the directory the dashboard already read. Every community is a row, zeros
 * and all: a community with nothing in the period is as much the street's business as a busy one.
 * Only the street looking across more than one community gets it; any other view none.
 */
export function communityTables(
  scope: StatsScope,
  directory: Directory,
  columns: readonly FigureDefinition[],
  valuesOf: (communityId: string) => (number | null)[],
): FigureTable[] {
  if (scope.view !== 'street' || scope.communityIds.length < 2) return [];
  return [
    {
      key: 'byCommunity',
      title: '按社区',
      columns: columns.map(columnOf),
      rows: scope.communityIds.map((id) => ({
        key: id,
        label: directory.communities.find((c) => c.id === id)?.name ?? id,
        values: valuesOf(id),
      })),
    },
  ];
}
