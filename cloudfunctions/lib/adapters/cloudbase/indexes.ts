import type { CollectionKey } from './collections';

/**
 * What each CloudBase collection needs besides existing, for the deploy docs and scripts.
 *
 * - Permission: every collection is ADMINONLY (仅管理端可读写). Functions use the admin SDK and
 *   bypass rules anyway; ADMINONLY makes sure no mini-program client can read or write the
 *   collections directly with `wx.cloud.database()`.
 * - Indexes: `_id` is always indexed and unique. The ones below serve the adapter's queries; each
 *   compound index ends in the same (time desc, id desc) order the keyset pages sort by, so a page
 *   is an index range scan, never a sort in memory.
 */
export interface IndexField {
  field: string;
  direction: 1 | -1;
}

export interface IndexSpec {
  name: string;
  fields: IndexField[];
  unique: boolean;
  /** Which query needs it. */
  serves: string;
}

export interface CollectionSetup {
  permission: 'ADMINONLY';
  /** What `_id` holds: every adapter write relies on it. */
  idHolds: string;
  indexes: IndexSpec[];
}

const ascending = (field: string): IndexField => ({ field, direction: 1 });
const descending = (field: string): IndexField => ({ field, direction: -1 });

const newestUserFirst = [descending('createdAt'), descending('id')];

export const cloudbaseCollectionSetup: Record<CollectionKey, CollectionSetup> = {
  users: {
    permission: 'ADMINONLY',
    idHolds: "the user's WeChat OPENID: the database's own _id uniqueness keeps one user per openid",
    indexes: [
      {
        name: 'id_1',
        fields: [ascending('id')],
        unique: true,
        serves: 'findById, updateProfile, setElderMode, assignRole',
      },
      { name: 'createdAt_-1_id_-1', fields: newestUserFirst, unique: false, serves: 'list (no filter)' },
      {
        name: 'role_1_createdAt_-1_id_-1',
        fields: [ascending('role'), ...newestUserFirst],
        unique: false,
        serves: 'list by role',
      },
      {
        name: 'communityIds_1_createdAt_-1_id_-1',
        fields: [ascending('communityIds'), ...newestUserFirst],
        unique: false,
        serves: 'list by community (multikey on the communityIds array)',
      },
      {
        name: 'communityIds_1_role_1_createdAt_-1_id_-1',
        fields: [ascending('communityIds'), ascending('role'), ...newestUserFirst],
        unique: false,
        serves: 'list by community and role',
      },
    ],
  },
  districts: { permission: 'ADMINONLY', idHolds: 'the district id', indexes: [] },
  streets: { permission: 'ADMINONLY', idHolds: 'the street id', indexes: [] },
  communities: { permission: 'ADMINONLY', idHolds: 'the community id', indexes: [] },
  grids: { permission: 'ADMINONLY', idHolds: 'the grid id', indexes: [] },
  compounds: { permission: 'ADMINONLY', idHolds: 'the compound id', indexes: [] },
  audit: {
    permission: 'ADMINONLY',
    idHolds: 'the audit entry id',
    indexes: [
      {
        name: 'at_-1__id_-1',
        fields: [descending('at'), descending('_id')],
        unique: false,
        serves: 'list newest first',
      },
    ],
  },
  idempotency: {
    permission: 'ADMINONLY',
    idHolds: 'the idempotency key: the first insert of a key is the claim',
    // Looked up by _id only. Records are never expired yet: a cleanup timer would want
    // { status: 1, claimedAt: 1 }.
    indexes: [],
  },
};
