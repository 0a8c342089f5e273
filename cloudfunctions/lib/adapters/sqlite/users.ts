import type Database from 'better-sqlite3';
import type { ElderMode, Role } from '@domain/users';
import type { UserSearch } from '@domain/userSearch';
import type {
  Page,
  ProfilePatch,
  RoleAssignment,
  UserListQuery,
  UserRecord,
  UserRepository,
} from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';

export interface UserRow {
  id: string;
  openid: string;
  name: string;
  role: Role;
  community_ids: string;
  community_id: string | null;
  grid_ids: string;
  org_id: string | null;
  grid_id: string | null;
  compound_id: string | null;
  building: string;
  phone: string;
  phone_verified_at: number | null;
  elder_mode: ElderMode;
  created_at: number;
  updated_at: number;
}

export function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    openid: row.openid,
    name: row.name,
    role: row.role,
    communityIds: JSON.parse(row.community_ids) as string[],
    communityId: row.community_id,
    gridIds: JSON.parse(row.grid_ids) as string[],
    orgId: row.org_id,
    gridId: row.grid_id,
    compoundId: row.compound_id,
    building: row.building,
    phone: row.phone,
    phoneVerifiedAt: row.phone_verified_at,
    elderMode: row.elder_mode,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function sqliteUsers(db: Database.Database): Omit<UserRepository, 'listBodyMembers'> {
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byOpenid = db.prepare<[string], UserRow>('SELECT * FROM users WHERE openid = ?');
  const insert = db.prepare(
    `INSERT INTO users (id, openid, name, role, community_ids, community_id, grid_ids, org_id, grid_id, compound_id, building, phone, phone_verified_at, elder_mode, created_at, updated_at)
     VALUES (@id, @openid, @name, @role, @communityIdsJson, @communityId, @gridIdsJson, @orgId, @gridId, @compoundId, @building, @phone, @phoneVerifiedAt, @elderMode, @createdAt, @updatedAt)
     ON CONFLICT (openid) DO NOTHING`,
  );
  const clearMemberships = db.prepare('DELETE FROM user_communities WHERE user_id = ?');
  const addMembership = db.prepare(
    'INSERT INTO user_communities (user_id, community_id, role, created_at) VALUES (?, ?, ?, ?)',
  );

  /** Keeps the membership index in step with the user row (same transaction). */
  function syncMemberships(user: UserRecord): void {
    clearMemberships.run(user.id);
    for (const communityId of new Set(user.communityIds)) {
      addMembership.run(user.id, communityId, user.role, user.createdAt);
    }
  }

  function reload(id: string): UserRecord | null {
    const row = byId.get(id);
    return row ? toRecord(row) : null;
  }

  const updateProfileTx = db.transaction((id: string, patch: ProfilePatch, now: number) => {
    const info = db
      .prepare(
        `UPDATE users SET name = ?, community_id = ?, community_ids = ?, grid_id = ?, compound_id = ?, building = ?, phone = ?, phone_verified_at = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        patch.name,
        patch.communityId,
        JSON.stringify(patch.communityIds),
        patch.gridId,
        patch.compoundId,
        patch.building,
        patch.phone,
        patch.phoneVerifiedAt,
        now,
        id,
      );
    if (info.changes === 0) return null;
    const user = reload(id)!;
    syncMemberships(user);
    return user;
  });

  const assignRoleTx = db.transaction((id: string, assignment: RoleAssignment, now: number) => {
    const { role, communityIds, gridIds, orgId } = assignment;
    const info = db
      .prepare('UPDATE users SET role = ?, community_ids = ?, grid_ids = ?, org_id = ?, updated_at = ? WHERE id = ?')
      .run(role, JSON.stringify(communityIds), JSON.stringify(gridIds), orgId, now, id);
    if (info.changes === 0) return null;
    const user = reload(id)!;
    syncMemberships(user);
    return user;
  });

  const createTx = db.transaction((user: UserRecord) => {
    const info = insert.run({
      ...user,
      communityIdsJson: JSON.stringify(user.communityIds),
      gridIdsJson: JSON.stringify(user.gridIds),
    });
    if (info.changes === 1) syncMemberships(user);
    return info.changes === 1;
  });

  return {
    async findById(id) {
      return reload(id);
    },
    async findByIds(ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const placeholders = unique.map(() => '?').join(', ');
      return db
        .prepare<string[], UserRow>(`SELECT * FROM users WHERE id IN (${placeholders})`)
        .all(...unique)
        .map(toRecord);
    },
    async findByOpenid(openid) {
      const row = byOpenid.get(openid);
      return row ? toRecord(row) : null;
    },
    async createIfAbsent(user) {
      const created = createTx(user);
      return { user: toRecord(byOpenid.get(user.openid)!), created };
    },
    async updateProfile(id, patch, now) {
      return updateProfileTx(id, patch, now);
    },
    async setElderMode(id, elderMode, now) {
      const info = db.prepare('UPDATE users SET elder_mode = ?, updated_at = ? WHERE id = ?').run(elderMode, now, id);
      return info.changes === 0 ? null : reload(id);
    },
    async setVerifiedPhone(id, phone, now) {
      const info = db
        .prepare('UPDATE users SET phone = ?, phone_verified_at = ?, updated_at = ? WHERE id = ?')
        .run(phone, now, now, id);
      return info.changes === 0 ? null : reload(id);
    },
    async assignRole(id, assignment, now) {
      return assignRoleTx(id, assignment, now);
    },
    async list(query) {
      return listUsers(db, query);
    },
  };
}

function listUsers(db: Database.Database, query: UserListQuery): Page<UserRecord> {
  const rows = query.communityId ? listByCommunity(db, query) : listAll(db, query);
  return toPage(rows.map(toRecord), query.limit, (u) => ({ at: u.createdAt, id: u.id }));
}

/**
 * The search as SQL on `users` (alias `u.` or none): LIKE with its wildcards escaped, so a typed
 * `%` or `_` matches itself; a phone tail compares the end of an 11-digit number.
 */
function searchCondition(search: UserSearch | null | undefined, alias: string): { sql: string; params: object } {
  if (!search) return { sql: '', params: {} };
  if (search.kind === 'phoneTail') {
    return {
      sql: `AND length(${alias}phone) = 11 AND substr(${alias}phone, -@tailLength) = @tail`,
      params: { tail: search.digits, tailLength: search.digits.length },
    };
  }
  const escaped = search.text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { sql: `AND ${alias}name LIKE @name ESCAPE '\\'`, params: { name: `%${escaped}%` } };
}

function listByCommunity(db: Database.Database, query: UserListQuery): UserRow[] {
  const after = rowsAfter('uc.created_at', 'uc.user_id', 'newest', query.after);
  const role = query.role ? 'AND uc.role = @role' : '';
  const search = searchCondition(query.search, 'u.');
  return db
    .prepare<unknown[], UserRow>(
      `SELECT u.* FROM user_communities uc JOIN users u ON u.id = uc.user_id
       WHERE uc.community_id = @communityId ${role} ${search.sql} AND ${after.sql}
       ORDER BY uc.created_at DESC, uc.user_id DESC LIMIT @limit`,
    )
    .all({
      communityId: query.communityId,
      ...(query.role ? { role: query.role } : {}),
      ...search.params,
      ...after.params,
      limit: query.limit + 1,
    });
}

function listAll(db: Database.Database, query: UserListQuery): UserRow[] {
  const after = rowsAfter('created_at', 'id', 'newest', query.after);
  const role = query.role ? 'AND role = @role' : '';
  const search = searchCondition(query.search, '');
  return db
    .prepare<
      unknown[],
      UserRow
    >(`SELECT * FROM users WHERE ${after.sql} ${role} ${search.sql} ORDER BY created_at DESC, id DESC LIMIT @limit`)
    .all({ ...(query.role ? { role: query.role } : {}), ...search.params, ...after.params, limit: query.limit + 1 });
}
