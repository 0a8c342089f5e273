import { nearestFirst, walkText } from '@domain/service/stations';
import type { ServiceItemView, StationView } from '@domain/service/views';
import type { Deps } from '../../deps';
import type { ActivityRecord } from '../../ports/activities';
import type { ServiceItemRecord, StationRecord, VolunteerTeamRecord } from '../../ports/service';

/** A station card lists this many of its activities not ended yet. */
export const STATION_ACTIVITIES = 3;

/** Each station's activities not ended yet, soonest first (a few stations per community: one short read each). */
export async function upcomingByStation(
  deps: Deps,
  stations: readonly StationRecord[],
): Promise<Map<string, ActivityRecord[]>> {
  const now = deps.clock.now();
  const pages = await Promise.all(
    stations.map((s) =>
      deps.storage.activities.list({
        communityId: s.communityId,
        stationId: s.id,
        when: 'upcoming',
        now,
        after: null,
        limit: STATION_ACTIVITIES,
      }),
    ),
  );
  return new Map(stations.map((s, i) => [s.id, pages[i].items]));
}

export function itemView(
  item: ServiceItemRecord,
  teams: readonly VolunteerTeamRecord[],
  stations: readonly StationRecord[],
): ServiceItemView {
  const taker =
    item.takenBy === 'team'
      ? teams.find((t) => t.id === item.takerId)
      : item.takenBy === 'station'
        ? stations.find((s) => s.id === item.takerId)
        : undefined;
  return {
    id: item.id,
    name: item.name,
    description: item.description,
    category: item.category,
    takenBy: item.takenBy,
    takerId: item.takerId,
    takerName: taker?.name ?? '',
    responseHours: item.responseHours,
    standardMinutes: item.standardMinutes,
    active: item.active,
  };
}

/** Stations nearest first from the reader's compound, each with the services it takes. */
export function stationViews(
  stations: readonly StationRecord[],
  items: readonly ServiceItemRecord[],
  compoundId: string | null,
  upcoming: ReadonlyMap<string, readonly ActivityRecord[]>,
): StationView[] {
  const names = new Map(items.map((i) => [i.id, i.name]));
  return nearestFirst(stations, compoundId).map((s) => ({
    id: s.id,
    name: s.name,
    address: s.address,
    openingHours: s.openingHours,
    contactPhone: s.contactPhone,
    walk: walkText(s, compoundId),
    items: s.itemIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    walkMinutes: { ...s.walkMinutes },
    upcomingActivities: (upcoming.get(s.id) ?? [])
      .slice(0, STATION_ACTIVITIES)
      .map((a) => ({ id: a.id, title: a.title, startAt: a.startAt })),
  }));
}
