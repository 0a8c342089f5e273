import type {
  Community,
  Compound,
  Department,
  Directory,
  District,
  Grid,
  PropertyCompany,
  Street,
} from '@domain/places';
import type { PlaceRepository } from '../../ports/storage';
import { findDocumentById, succeeded, type CloudbaseDb, type StoredDocument } from './database';
import type { CollectionNames } from './collections';
import { readWholeCollection } from './paging';

function toDistrict(stored: StoredDocument): District {
  return { id: stored._id, name: stored.name as string };
}

function toStreet(stored: StoredDocument): Street {
  return { id: stored._id, name: stored.name as string, districtId: stored.districtId as string };
}

export function toCommunity(stored: StoredDocument): Community {
  return {
    id: stored._id,
    name: stored.name as string,
    streetId: stored.streetId as string,
    officeAddress: stored.officeAddress as string,
    officePhone: stored.officePhone as string,
    // Communities saved before the setting existed review first, the safe default.
    reviewMattersFirst: stored.reviewMattersFirst !== false,
  };
}

function toGrid(stored: StoredDocument): Grid {
  return { id: stored._id, name: stored.name as string, communityId: stored.communityId as string };
}

function toCompound(stored: StoredDocument): Compound {
  return {
    id: stored._id,
    name: stored.name as string,
    communityId: stored.communityId as string,
    gridId: stored.gridId as string,
  };
}

function toDepartment(stored: StoredDocument): Department {
  return { id: stored._id, name: stored.name as string, districtId: stored.districtId as string };
}

function toPropertyCompany(stored: StoredDocument): PropertyCompany {
  const districtId = stored.districtId as string | undefined;
  return {
    id: stored._id,
    name: stored.name as string,
    ...(districtId ? { districtId } : {}),
    compoundIds: stored.compoundIds as string[],
  };
}

export function createPlaceRepository(db: CloudbaseDb, names: CollectionNames): PlaceRepository {
  /**
   * Inserts or replaces the place under `_id` = its id (no separate `id` field): saving again
   * overwrites every field.
   */
  async function save(collectionName: string, place: { id: string }): Promise<void> {
    const { id, ...fields } = place;
    succeeded(await db.collection(collectionName).doc(id).set(fields), `places.save ${collectionName}`);
  }

  async function readAll<T>(collectionName: string, toPlace: (stored: StoredDocument) => T): Promise<T[]> {
    const stored = await readWholeCollection(
      db.collection(collectionName),
      db.command,
      `places.directory ${collectionName}`,
    );
    return stored.map(toPlace);
  }

  return {
    async community(id) {
      const stored = await findDocumentById(db.collection(names.communities), id, 'places.community');
      return stored ? toCommunity(stored) : null;
    },
    async directory(): Promise<Directory> {
      const [districts, streets, communities, grids, compounds, departments, propertyCompanies] = await Promise.all([
        readAll(names.districts, toDistrict),
        readAll(names.streets, toStreet),
        readAll(names.communities, toCommunity),
        readAll(names.grids, toGrid),
        readAll(names.compounds, toCompound),
        readAll(names.departments, toDepartment),
        readAll(names.propertyCompanies, toPropertyCompany),
      ]);
      return { districts, streets, communities, grids, compounds, departments, propertyCompanies };
    },
    saveDistrict: (district) => save(names.districts, district),
    saveStreet: (street) => save(names.streets, street),
    saveCommunity: (community) => save(names.communities, community),
    saveGrid: (grid) => save(names.grids, grid),
    saveCompound: (compound) => save(names.compounds, compound),
    saveDepartment: (department) => save(names.departments, department),
    savePropertyCompany: (company) => save(names.propertyCompanies, company),
  };
}
