import type { CursorPosition } from '@domain/pagination';
import type { Page, ProfilePatch, UserListQuery, UserRecord, UserRepository } from '../../ports/storage';
import {
  findDocumentById,
  findFirstDocument,
  insertIfAbsent,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { escapeRegExp } from './keysetPages';
import { fetchNewestFirst, pageOf } from './paging';

/**
 * A user as stored. `_id` is the OPENID, not the user id: `_id` is unique in every collection,
 * with no index to deploy or forget, so inserting under the openid makes "one user per openid" the
 * database's own guarantee, even for concurrent first logins. The user id lives in `id` (indexed,
 * see indexes.ts).
 */
type UserDocument = Omit<UserRecord, 'openid'> & { _id: string };

function toDocument(user: UserRecord): UserDocument {
  const { openid, ...fields } = user;
  return { _id: openid, ...fields };
}

export function toUserRecord(stored: StoredDocument): UserRecord {
  const document = stored as unknown as UserDocument;
  return {
    id: document.id,
    openid: document._id,
    name: document.name,
    role: document.role,
    communityIds: document.communityIds,
    communityId: document.communityId,
    // Users stored before the case roles (docs/adr/0013) have no scope fields: none.
    gridIds: document.gridIds ?? [],
    orgId: document.orgId ?? null,
    gridId: document.gridId,
    compoundId: document.compoundId,
    building: document.building,
    phone: document.phone,
    // Users stored before verification existed have no such field: not verified.
    phoneVerifiedAt: document.phoneVerifiedAt ?? null,
    elderMode: document.elderMode,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

function positionOf(user: UserRecord): CursorPosition {
  return { at: user.createdAt, id: user.id };
}

export function createUserRepository(db: CloudbaseDb, collectionName: string): Omit<UserRepository, 'listBodyMembers'> {
  const users = () => db.collection(collectionName);

  async function findById(id: string): Promise<UserRecord | null> {
    const stored = await findFirstDocument(users(), { id }, 'users.findById');
    return stored ? toUserRecord(stored) : null;
  }

  /**
   * Applies `changes` to the user with this id and returns the user as stored afterwards, or null
   * when there is none. The reply's `updated` count cannot tell a missing user: it may count only
   * documents that changed (MongoDB's nModified), and writing the same values again reports 0.
   */
  async function updateById(
    id: string,
    changes: Partial<Omit<UserDocument, '_id' | 'id'>>,
    operation: string,
  ): Promise<UserRecord | null> {
    succeeded(await users().where({ id }).update(changes), operation);
    return findById(id);
  }

  return {
    findById,

    async findByIds(ids) {
      if (ids.length === 0) return [];
      // A page of authors at most: well under get()'s default of 100 rows.
      const reply = await users()
        .where({ id: db.command.in([...new Set(ids)]) })
        .limit(100)
        .get();
      return rowsOf(reply, 'users.findByIds').map(toUserRecord);
    },

    async findByOpenid(openid) {
      const stored = await findDocumentById(users(), openid, 'users.findByOpenid');
      return stored ? toUserRecord(stored) : null;
    },

    async createIfAbsent(user) {
      if (await insertIfAbsent(users(), toDocument(user), 'users.createIfAbsent')) {
        return { user, created: true };
      }
      const existing = await findDocumentById(users(), user.openid, 'users.createIfAbsent');
      if (!existing) {
        // Users are never deleted, so a taken openid without a user means the store is broken.
        throw new Error(`users.createIfAbsent: openid is taken but no user is stored under it`);
      }
      return { user: toUserRecord(existing), created: false };
    },

    updateProfile(id, patch: ProfilePatch, now) {
      return updateById(id, { ...patch, updatedAt: now }, 'users.updateProfile');
    },

    setElderMode(id, elderMode, now) {
      return updateById(id, { elderMode, updatedAt: now }, 'users.setElderMode');
    },

    setVerifiedPhone(id, phone, now) {
      return updateById(id, { phone, phoneVerifiedAt: now, updatedAt: now }, 'users.setVerifiedPhone');
    },

    assignRole(id, { role, communityIds, gridIds, orgId }, now) {
      return updateById(id, { role, communityIds, gridIds, orgId, updatedAt: now }, 'users.assignRole');
    },

    async list(query: UserListQuery): Promise<Page<UserRecord>> {
      const { documents, hasMore } = await fetchNewestFirst(users(), db.command, {
        filter: listFilter(db, query),
        after: query.after,
        limit: query.limit,
        timeField: 'createdAt',
        idField: 'id',
        operation: 'users.list',
      });
      return pageOf(documents.map(toUserRecord), hasMore, positionOf);
    },
  };
}

/** Only the conditions asked for: `where()` rejects a condition whose values are all undefined. */
function listFilter(db: CloudbaseDb, query: UserListQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.role) filter.role = query.role;
  // MongoDB matches a scalar against an array field by membership: users acting in the community.
  if (query.communityId) filter.communityIds = query.communityId;
  // The search reads the page's index range and filters it: the admin's list is a few thousand rows.
  const search = query.search;
  if (search?.kind === 'phoneTail')
    filter.phone = db.RegExp({ regexp: `^\\d{${11 - search.digits.length}}${search.digits}$` });
  if (search?.kind === 'name') filter.name = db.RegExp({ regexp: escapeRegExp(search.text) });
  return filter;
}
