import type Database from 'better-sqlite3';
import type { ServiceCategory } from '@domain/service/categories';
import type { ServiceTaker } from '@domain/service/menu';
import type {
  ServiceItemRecord,
  ServiceSetupRepository,
  StationRecord,
  VolunteerTeamRecord,
} from '../../ports/service';
import { bit } from './queryHelpers';

interface TeamRow {
  id: string;
  community_id: string;
  name: string;
  created_at: number;
}

interface ItemRow {
  id: string;
  community_id: string;
  name: string;
  description: string;
  category: ServiceCategory;
  taken_by: ServiceTaker;
  taker_id: string | null;
  response_hours: number;
  standard_minutes: number;
  active: 0 | 1;
  position: number;
  updated_at: number;
}

interface StationRow {
  id: string;
  community_id: string;
  name: string;
  address: string;
  opening_hours: string;
  contact_phone: string;
  item_ids_json: string;
  walk_minutes_json: string;
  updated_at: number;
}

function toTeam(row: TeamRow): VolunteerTeamRecord {
  return { id: row.id, communityId: row.community_id, name: row.name, createdAt: row.created_at };
}

function toItem(row: ItemRow): ServiceItemRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    name: row.name,
    description: row.description,
    category: row.category,
    takenBy: row.taken_by,
    takerId: row.taker_id,
    responseHours: row.response_hours,
    standardMinutes: row.standard_minutes,
    active: row.active === 1,
    position: row.position,
    updatedAt: row.updated_at,
  };
}

function toStation(row: StationRow): StationRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    name: row.name,
    address: row.address,
    openingHours: row.opening_hours,
    contactPhone: row.contact_phone,
    itemIds: JSON.parse(row.item_ids_json) as string[],
    walkMinutes: JSON.parse(row.walk_minutes_json) as Record<string, number>,
    updatedAt: row.updated_at,
  };
}

/** Teams, the menu and 红帆驿站: a few dozen rows per community, each saved whole (insert or replace). */
export function sqliteServiceSetup(db: Database.Database): ServiceSetupRepository {
  const teamsOf = db.prepare<[string], TeamRow>(
    'SELECT * FROM volunteer_teams WHERE community_id = ? ORDER BY created_at, id',
  );
  const saveTeam = db.prepare(
    `INSERT INTO volunteer_teams (id, community_id, name, created_at) VALUES (@id, @communityId, @name, @createdAt)
     ON CONFLICT (id) DO UPDATE SET community_id = excluded.community_id, name = excluded.name,
       created_at = excluded.created_at`,
  );
  const itemsOf = db.prepare<[string], ItemRow>(
    'SELECT * FROM service_items WHERE community_id = ? ORDER BY position, id',
  );
  const itemById = db.prepare<[string], ItemRow>('SELECT * FROM service_items WHERE id = ?');
  const saveItem = db.prepare(
    `INSERT INTO service_items (id, community_id, name, description, category, taken_by, taker_id, response_hours,
       standard_minutes, active, position, updated_at)
     VALUES (@id, @communityId, @name, @description, @category, @takenBy, @takerId, @responseHours,
       @standardMinutes, @active, @position, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET community_id = excluded.community_id, name = excluded.name,
       description = excluded.description, category = excluded.category, taken_by = excluded.taken_by,
       taker_id = excluded.taker_id, response_hours = excluded.response_hours,
       standard_minutes = excluded.standard_minutes, active = excluded.active, position = excluded.position,
       updated_at = excluded.updated_at`,
  );
  const stationsOf = db.prepare<[string], StationRow>('SELECT * FROM stations WHERE community_id = ? ORDER BY id');
  const stationById = db.prepare<[string], StationRow>('SELECT * FROM stations WHERE id = ?');
  const saveStation = db.prepare(
    `INSERT INTO stations (id, community_id, name, address, opening_hours, contact_phone, item_ids_json,
       walk_minutes_json, updated_at)
     VALUES (@id, @communityId, @name, @address, @openingHours, @contactPhone, @itemIdsJson, @walkMinutesJson,
       @updatedAt)
     ON CONFLICT (id) DO UPDATE SET community_id = excluded.community_id, name = excluded.name,
       address = excluded.address, opening_hours = excluded.opening_hours, contact_phone = excluded.contact_phone,
       item_ids_json = excluded.item_ids_json, walk_minutes_json = excluded.walk_minutes_json,
       updated_at = excluded.updated_at`,
  );

  return {
    async listTeams(communityId) {
      return teamsOf.all(communityId).map(toTeam);
    },
    async saveTeam(team) {
      saveTeam.run({ id: team.id, communityId: team.communityId, name: team.name, createdAt: team.createdAt });
    },
    async listItems(communityId) {
      return itemsOf.all(communityId).map(toItem);
    },
    async findItem(id) {
      const row = itemById.get(id);
      return row ? toItem(row) : null;
    },
    async saveItem(item) {
      saveItem.run({ ...item, active: bit(item.active) });
    },
    async listStations(communityId) {
      return stationsOf.all(communityId).map(toStation);
    },
    async findStation(id) {
      const row = stationById.get(id);
      return row ? toStation(row) : null;
    },
    async saveStation(station) {
      const { itemIds, walkMinutes, ...fields } = station;
      saveStation.run({
        ...fields,
        itemIdsJson: JSON.stringify(itemIds),
        walkMinutesJson: JSON.stringify(walkMinutes),
      });
    },
  };
}
