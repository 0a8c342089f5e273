import { nearestFirst, walkText } from '@domain/service/stations';
import type { ServiceItemView, StationView } from '@domain/service/views';
import type { ServiceItemRecord, StationRecord, VolunteerTeamRecord } from '../../ports/service';

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
  }));
}
