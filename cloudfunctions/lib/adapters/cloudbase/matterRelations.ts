import type { CursorPosition } from '@domain/pagination';
import type { MatterRelation, MatterRepository } from '../../ports/matters';
import type { Page } from '../../ports/storage';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  isDuplicateWrite,
  succeeded,
  type CloudbaseCollection,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { fetchAllMatching, fetchByIds, fetchKeysetPage, totalOf } from './keysetPages';
import { toMatterRecord } from './matterDocuments';
import { pageOf } from './paging';

/**
 * Supports, follows and flags of matters. Each is one document per (matter, user) under
 * `_id` = `matterId:userId`: the database refuses a second insert of an `_id`, atomically, so
 * "one per resident per matter" holds under any concurrency with no unique index to deploy.
 * The matter's counter moves by `_.inc` only after a row was really added or removed.
 */
interface RelationDocument {
  _id: string;
  matterId: string;
  userId: string;
  at: number;
}

interface FlagDocument extends RelationDocument {
  reason: string;
}

type CountField = 'supportCount' | 'followerCount' | 'flagCount';

/** Ids per `_.in` remove and rows per batch insert when a merge moves relations. */
const MOVE_BATCH = 100;

export function relationId(matterId: string, userId: string): string {
  return `${matterId}:${userId}`;
}

/** A support's or a follow's document: who, which matter, since when. */
export function relationDocument(matterId: string, userId: string, at: number): RelationDocument {
  return { _id: relationId(matterId, userId), matterId, userId, at };
}

type RelationMethods = Pick<
  MatterRepository,
  | 'addSupport'
  | 'removeSupport'
  | 'addFollow'
  | 'removeFollow'
  | 'relationOf'
  | 'supporterIds'
  | 'followerIds'
  | 'moveRelations'
  | 'listByUser'
  | 'addFlag'
  | 'clearFlags'
>;

export function createMatterRelations(db: CloudbaseDb, names: CollectionNames): RelationMethods {
  const _ = db.command;
  const matters = () => db.collection(names.matters);
  const supports = () => db.collection(names.supports);
  const follows = () => db.collection(names.follows);
  const flags = () => db.collection(names.flags);

  async function bump(matterId: string, field: CountField, delta: 1 | -1, operation: string): Promise<void> {
    succeeded(
      await matters()
        .doc(matterId)
        .update({ [field]: _.inc(delta) }),
      operation,
    );
  }

  async function addRelation(
    rows: CloudbaseCollection,
    field: CountField,
    document: RelationDocument,
    operation: string,
  ): Promise<boolean> {
    if (!(await insertIfAbsent(rows, document, operation))) return false;
    await bump(document.matterId, field, 1, operation);
    return true;
  }

  async function removeRelation(
    rows: CloudbaseCollection,
    field: CountField,
    matterId: string,
    userId: string,
    operation: string,
  ): Promise<boolean> {
    // Only the call that actually deleted the row moves the counter, so racing removals count once.
    const deleted = countOf(await rows.doc(relationId(matterId, userId)).remove(), 'deleted', operation);
    if (deleted === 0) return false;
    await bump(matterId, field, -1, operation);
    return true;
  }

  function relationRows(rows: CloudbaseCollection, matterId: string, operation: string): Promise<StoredDocument[]> {
    return fetchAllMatching(rows, _, {
      conditions: [{ matterId }],
      sortField: 'at',
      idField: '_id',
      direction: 'asc',
      operation,
    });
  }

  async function userIdsOf(rows: CloudbaseCollection, matterId: string, operation: string): Promise<string[]> {
    return (await relationRows(rows, matterId, operation)).map((row) => row.userId as string);
  }

  async function countRows(rows: CloudbaseCollection, matterId: string, operation: string): Promise<number> {
    return totalOf(await rows.where({ matterId }).count(), operation);
  }

  /**
   * Copies every row of `fromId` to `intoId` (a user already there keeps the row they have), then
   * deletes exactly the rows it copied: a row added to `fromId` meanwhile stays there and is counted
   * there. Every step can be repeated, so a merge that failed halfway is finished by running again.
   */
  async function moveRows(rows: CloudbaseCollection, fromId: string, intoId: string, operation: string) {
    const [moving, present] = await Promise.all([
      relationRows(rows, fromId, operation),
      userIdsOf(rows, intoId, operation),
    ]);
    const alreadyThere = new Set(present);
    const copies = moving
      .filter((row) => !alreadyThere.has(row.userId as string))
      .map((row) => relationCopy(row, intoId));
    for (const batch of batches(copies)) await insertAllIfAbsent(rows, batch, operation);
    for (const batch of batches(moving.map((row) => row._id))) {
      succeeded(await rows.where({ _id: _.in(batch) }).remove(), operation);
    }
  }

  /**
   * Sets both counters of a matter from its rows, which are the truth after a move. updatedAt is
   * left alone: the merge transition that goes with a move bumps it.
   */
  async function recount(matterId: string, operation: string) {
    const [supportCount, followerCount] = await Promise.all([
      countRows(supports(), matterId, operation),
      countRows(follows(), matterId, operation),
    ]);
    succeeded(await matters().doc(matterId).update({ supportCount, followerCount }), operation);
    return { supportCount, followerCount };
  }

  async function listByUser(
    userId: string,
    relation: MatterRelation,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<ReturnType<typeof toMatterRecord>>> {
    if (relation === 'raised') {
      const { documents, hasMore } = await fetchKeysetPage(matters(), _, {
        conditions: [{ authorId: userId }],
        after,
        limit,
        sortField: 'createdAt',
        idField: '_id',
        direction: 'desc',
        operation: 'matters.listByUser',
      });
      return pageOf(documents.map(toMatterRecord), hasMore, (matter) => ({ at: matter.createdAt, id: matter.id }));
    }
    // Newest relation first, keyed by (relation time, matter id), then the matters themselves.
    const { documents: rows, hasMore } = await fetchKeysetPage(relation === 'supported' ? supports() : follows(), _, {
      conditions: [{ userId }],
      after,
      limit,
      sortField: 'at',
      idField: 'matterId',
      direction: 'desc',
      operation: 'matters.listByUser',
    });
    const relationAt = new Map(rows.map((row) => [row.matterId as string, row.at as number]));
    const found = await fetchByIds(matters(), _, [...relationAt.keys()], 'matters.listByUser');
    return pageOf(found.map(toMatterRecord), hasMore, (matter) => ({
      at: relationAt.get(matter.id) ?? 0,
      id: matter.id,
    }));
  }

  return {
    addSupport: (matterId, userId, at) =>
      addRelation(supports(), 'supportCount', relationDocument(matterId, userId, at), 'matters.addSupport'),
    removeSupport: (matterId, userId) =>
      removeRelation(supports(), 'supportCount', matterId, userId, 'matters.removeSupport'),
    addFollow: (matterId, userId, at) =>
      addRelation(follows(), 'followerCount', relationDocument(matterId, userId, at), 'matters.addFollow'),
    removeFollow: (matterId, userId) =>
      removeRelation(follows(), 'followerCount', matterId, userId, 'matters.removeFollow'),

    async relationOf(matterId, userId) {
      const id = relationId(matterId, userId);
      const [support, follow] = await Promise.all([
        findDocumentById(supports(), id, 'matters.relationOf'),
        findDocumentById(follows(), id, 'matters.relationOf'),
      ]);
      return { supported: support !== null, following: follow !== null };
    },

    supporterIds: (matterId) => userIdsOf(supports(), matterId, 'matters.supporterIds'),
    followerIds: (matterId) => userIdsOf(follows(), matterId, 'matters.followerIds'),

    // The moved rows keep the time each user acted, so "what I support" stays in the order they
    // did it; the merge time (the port's third argument) is not needed for that.
    async moveRelations(fromId, intoId) {
      const operation = 'matters.moveRelations';
      await moveRows(supports(), fromId, intoId, operation);
      await moveRows(follows(), fromId, intoId, operation);
      await recount(fromId, operation);
      return recount(intoId, operation);
    },

    listByUser,

    async addFlag(matterId, userId, reason, at) {
      const operation = 'matters.addFlag';
      const document: FlagDocument = { _id: relationId(matterId, userId), matterId, userId, reason, at };
      const added = await addRelation(flags(), 'flagCount', document, operation);
      const matter = await findDocumentById(matters(), matterId, operation);
      return { added, flagCount: (matter?.flagCount as number | undefined) ?? 0 };
    },

    async clearFlags(matterId) {
      const operation = 'matters.clearFlags';
      succeeded(await flags().where({ matterId }).remove(), operation);
      // Set from a count rather than to 0: a flag raised after the remove keeps its row and its count.
      const flagCount = await countRows(flags(), matterId, operation);
      succeeded(await matters().doc(matterId).update({ flagCount }), operation);
    },
  };
}

/** The row a merge gives `intoId` for a row of the merged matter, keeping when the user acted. */
function relationCopy(row: StoredDocument, intoId: string): RelationDocument {
  const userId = row.userId as string;
  return relationDocument(intoId, userId, row.at as number);
}

function batches<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += MOVE_BATCH) result.push(items.slice(start, start + MOVE_BATCH));
  return result;
}

/**
 * Inserts a batch in one request. If one of them is taken meanwhile (a user supported the target
 * between our read and this insert), the batch fails at that row; then each row is inserted on its
 * own, skipping the taken ones, which is correct whatever part of the batch got in.
 */
async function insertAllIfAbsent(rows: CloudbaseCollection, batch: RelationDocument[], operation: string) {
  if (batch.length === 0) return;
  try {
    const reply = await rows.add(batch);
    if (!isDuplicateWrite(reply)) {
      succeeded(reply, operation);
      return;
    }
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
  for (const document of batch) await insertIfAbsent(rows, document, operation);
}
