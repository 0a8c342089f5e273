import type Database from 'better-sqlite3';
import type { Community, Compound, Department, Grid, Street } from '@domain/places';
import type { PlaceRepository } from '../../ports/storage';

export function sqlitePlaces(db: Database.Database): PlaceRepository {
  return {
    async community(id) {
      const row = db
        .prepare(
          `SELECT id, name, street_id AS streetId, office_address AS officeAddress, office_phone AS officePhone,
             review_matters_first AS reviewMattersFirst FROM communities WHERE id = ?`,
        )
        .get(id) as (Omit<Community, 'reviewMattersFirst'> & { reviewMattersFirst: number }) | undefined;
      return row ? { ...row, reviewMattersFirst: row.reviewMattersFirst === 1 } : null;
    },
    async directory() {
      return {
        districts: db.prepare('SELECT id, name FROM districts ORDER BY id').all() as { id: string; name: string }[],
        streets: db.prepare('SELECT id, name, district_id AS districtId FROM streets ORDER BY id').all() as Street[],
        communities: db
          .prepare(
            `SELECT id, name, street_id AS streetId, office_address AS officeAddress, office_phone AS officePhone,
             review_matters_first AS reviewMattersFirst
             FROM communities ORDER BY id`,
          )
          .all()
          .map((row) => {
            // SQLite keeps booleans as 0/1.
            const community = row as Omit<Community, 'reviewMattersFirst'> & { reviewMattersFirst: number };
            return { ...community, reviewMattersFirst: community.reviewMattersFirst === 1 };
          }),
        grids: db.prepare('SELECT id, name, community_id AS communityId FROM grids ORDER BY id').all() as Grid[],
        compounds: db
          .prepare('SELECT id, name, community_id AS communityId, grid_id AS gridId FROM compounds ORDER BY id')
          .all() as Compound[],
        departments: db
          .prepare('SELECT id, name, district_id AS districtId FROM departments ORDER BY id')
          .all() as Department[],
        propertyCompanies: (
          db
            .prepare(
              'SELECT id, name, district_id AS districtId, compound_ids AS compoundIds FROM property_companies ORDER BY id',
            )
            .all() as { id: string; name: string; districtId: string | null; compoundIds: string }[]
        ).map(({ districtId, compoundIds, ...company }) => ({
          ...company,
          ...(districtId === null ? {} : { districtId }),
          compoundIds: JSON.parse(compoundIds) as string[],
        })),
      };
    },
    async saveDistrict(d) {
      db.prepare('INSERT OR REPLACE INTO districts (id, name) VALUES (?, ?)').run(d.id, d.name);
    },
    async saveStreet(s) {
      db.prepare('INSERT OR REPLACE INTO streets (id, name, district_id) VALUES (?, ?, ?)').run(
        s.id,
        s.name,
        s.districtId,
      );
    },
    async saveCommunity(c) {
      db.prepare(
        `INSERT OR REPLACE INTO communities (id, name, street_id, office_address, office_phone, review_matters_first)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(c.id, c.name, c.streetId, c.officeAddress, c.officePhone, c.reviewMattersFirst ? 1 : 0);
    },
    async saveGrid(g) {
      db.prepare('INSERT OR REPLACE INTO grids (id, name, community_id) VALUES (?, ?, ?)').run(
        g.id,
        g.name,
        g.communityId,
      );
    },
    async saveCompound(c) {
      db.prepare('INSERT OR REPLACE INTO compounds (id, name, community_id, grid_id) VALUES (?, ?, ?, ?)').run(
        c.id,
        c.name,
        c.communityId,
        c.gridId,
      );
    },
    async saveDepartment(d) {
      db.prepare('INSERT OR REPLACE INTO departments (id, name, district_id) VALUES (?, ?, ?)').run(
        d.id,
        d.name,
        d.districtId,
      );
    },
    async savePropertyCompany(p) {
      db.prepare(
        'INSERT OR REPLACE INTO property_companies (id, name, district_id, compound_ids) VALUES (?, ?, ?, ?)',
      ).run(p.id, p.name, p.districtId ?? null, JSON.stringify(p.compoundIds));
    },
  };
}
