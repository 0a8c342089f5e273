import type {
  ServiceItemRecord,
  ServiceSetupRepository,
  StationRecord,
  VolunteerTeamRecord,
} from '../../ports/service';
import type { CollectionNames } from './collections';
import {
  findDocumentById,
  MAX_ROWS_PER_GET,
  rowsOf,
  succeeded,
  type CloudbaseCollection,
  type CloudbaseDb,
} from './database';
import { fieldsOf, toRecord } from './serviceDocuments';

/**
 * Teams, the menu and 红帆驿站: a few dozen documents per community (far below the 1000 one get()
 * returns), each saved whole with set() under its own id.
 */
export function createServiceSetupRepository(db: CloudbaseDb, names: CollectionNames): ServiceSetupRepository {
  const teams = () => db.collection(names.volunteerTeams);
  const items = () => db.collection(names.serviceItems);
  const stations = () => db.collection(names.stations);

  async function listOf<T extends { id: string }>(
    collection: CloudbaseCollection,
    communityId: string,
    sortField: string | null,
    operation: string,
  ): Promise<T[]> {
    let query = collection.where({ communityId });
    if (sortField) query = query.orderBy(sortField, 'asc');
    const reply = await query.orderBy('_id', 'asc').limit(MAX_ROWS_PER_GET).get();
    return rowsOf(reply, operation).map((stored) => toRecord<T>(stored));
  }

  async function findOf<T extends { id: string }>(collection: CloudbaseCollection, id: string, operation: string) {
    const stored = await findDocumentById(collection, id, operation);
    return stored ? toRecord<T>(stored) : null;
  }

  async function save<T extends { id: string }>(collection: CloudbaseCollection, record: T, operation: string) {
    succeeded(await collection.doc(record.id).set(fieldsOf(record)), operation);
  }

  return {
    listTeams: (communityId) =>
      listOf<VolunteerTeamRecord>(teams(), communityId, 'createdAt', 'serviceSetup.listTeams'),
    saveTeam: (team) => save(teams(), team, 'serviceSetup.saveTeam'),
    listItems: (communityId) => listOf<ServiceItemRecord>(items(), communityId, 'position', 'serviceSetup.listItems'),
    findItem: (id) => findOf<ServiceItemRecord>(items(), id, 'serviceSetup.findItem'),
    saveItem: (item) => save(items(), item, 'serviceSetup.saveItem'),
    listStations: (communityId) => listOf<StationRecord>(stations(), communityId, null, 'serviceSetup.listStations'),
    findStation: (id) => findOf<StationRecord>(stations(), id, 'serviceSetup.findStation'),
    saveStation: (station) => save(stations(), station, 'serviceSetup.saveStation'),
  };
}
