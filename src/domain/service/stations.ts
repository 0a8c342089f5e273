/**
 * 红帆驿站: stations a resident can walk to. The committee records how many minutes' walk each
 * station is from each compound, so a resident is shown the nearest first from the compound they
 * live in, without asking the phone for its location.
 */
export interface StationDistance {
  id: string;
  name: string;
  /** Minutes on foot from a compound, by compound id (those the committee entered). */
  walkMinutes: Readonly<Record<string, number>>;
}

/** Nearest first from `compoundId`; stations without a distance from it after, by name. */
export function nearestFirst<S extends StationDistance>(stations: readonly S[], compoundId: string | null): S[] {
  const minutes = (s: S) => (compoundId ? s.walkMinutes[compoundId] : undefined) ?? Number.POSITIVE_INFINITY;
  return [...stations].sort((a, b) => minutes(a) - minutes(b) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

/** `步行约3分钟`, or '' when the committee has not said. */
export function walkText(station: StationDistance, compoundId: string | null): string {
  const minutes = compoundId ? station.walkMinutes[compoundId] : undefined;
  return minutes === undefined ? '' : `步行约${minutes}分钟`;
}
