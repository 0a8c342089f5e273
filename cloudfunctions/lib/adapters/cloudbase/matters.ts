import type { MatterListQuery, MatterRecord, MatterRepository, MatterSort, TimelineRecord } from '../../ports/matters';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertIfAbsent,
  insertNew,
  MAX_ROWS_PER_GET,
  rowsOf,
  type CloudbaseDb,
} from './database';
import { allOf, escapeRegExp, fetchByIds, fetchKeysetPage, totalOf, type Condition } from './keysetPages';
import { createMatterRelations, relationDocument } from './matterRelations';
import {
  patchChanges,
  toMatterDocument,
  toMatterRecord,
  inTimelineOrder,
  timelineReadWith,
  type MatterDocument,
} from './matterDocuments';
import { moderationQueue, tallyByAuthors } from './moderationQueue';
import { pageOf } from './paging';

/** The field each list order sorts by; the cursor's `at` is that field's value. */
const SORT_FIELDS: Record<MatterSort, 'createdAt' | 'supportCount' | 'lastActivityAt'> = {
  newest: 'createdAt',
  supported: 'supportCount',
  active: 'lastActivityAt',
};

export function createMatterRepository(db: CloudbaseDb, names: CollectionNames): MatterRepository {
  const _ = db.command;
  const matters = () => db.collection(names.matters);
  const follows = () => db.collection(names.follows);

  async function findById(id: string): Promise<MatterRecord | null> {
    const stored = await findDocumentById(matters(), id, 'matters.findById');
    return stored ? toMatterRecord(stored) : null;
  }

  /**
   * One query ordered pinned first, then by the list's order: the pinned matters (a handful)
   * lead, then the others. Should a community pin more than `pinnedMax`, the others are read
   * on their own, as list does.
   */
  async function listFirstPage(query: Omit<MatterListQuery, 'pinned' | 'after'>, pinnedMax: number) {
    const sortField = SORT_FIELDS[query.sort];
    const reply = await matters()
      .where(allOf(_, listConditions(db, { ...query, after: null })))
      .orderBy('pinned', 'desc')
      .orderBy(sortField, 'desc')
      .orderBy('_id', 'desc')
      .limit(pinnedMax + query.limit + 1)
      .get();
    const rows = rowsOf(reply, 'matters.listFirstPage').map(toMatterRecord);
    const pinned = rows.filter((m) => m.pinned);
    const cursorOf = (matter: MatterRecord) => ({ at: matter[sortField], id: matter.id });
    if (pinned.length > pinnedMax) {
      const others = await list({ ...query, pinned: false, after: null });
      return { pinned: pinned.slice(0, pinnedMax), others };
    }
    const others = rows.filter((m) => !m.pinned);
    return { pinned, others: pageOf(others.slice(0, query.limit), others.length > query.limit, cursorOf) };
  }

  async function list(query: MatterListQuery) {
    const sortField = SORT_FIELDS[query.sort];
    const { documents, hasMore } = await fetchKeysetPage(matters(), _, {
      conditions: listConditions(db, query),
      after: query.after,
      limit: query.limit,
      sortField,
      idField: '_id',
      direction: 'desc',
      operation: 'matters.list',
    });
    return pageOf(documents.map(toMatterRecord), hasMore, (matter) => ({ at: matter[sortField], id: matter.id }));
  }

  /** The timeline is part of the matter: the record just read has it, else the matter is read. */
  async function timeline(matterId: string, read?: MatterRecord): Promise<TimelineRecord[]> {
    const known = read?.id === matterId ? timelineReadWith(read) : undefined;
    if (known) return known;
    const stored = await findDocumentById(matters(), matterId, 'matters.timeline');
    return inTimelineOrder((stored as unknown as MatterDocument | null)?.timeline ?? []);
  }

  return {
    async create(matter, firstEntry, options = {}) {
      // The author's follow first, then the matter counting it: a retry after a failure in
      // between finds the follow there (insertIfAbsent) and the count still right.
      let followers = matter.followerCount;
      if (options.authorFollows) {
        const follow = relationDocument(matter.id, matter.authorId, matter.createdAt);
        await insertIfAbsent(follows(), follow, 'matters.create');
        followers += 1;
      }
      // A duplicate matter id is a bug, not a retry: ids are fresh for every new matter.
      await insertNew(
        matters(),
        toMatterDocument({ ...matter, followerCount: followers }, [firstEntry]),
        'matters.create',
      );
    },

    findById,

    async findByIds(ids) {
      const stored = await fetchByIds(matters(), _, ids, 'matters.findByIds');
      return stored.map(toMatterRecord);
    },

    async transition(id, expected, to, patch, entry) {
      // One conditional single-document write: the state check, the change and the timeline
      // entry happen together or not at all, whatever runs concurrently.
      const changes = { ...patchChanges(_, patch), state: to, updatedAt: entry.at, timeline: _.push([entry]) };
      const reply = await matters().where({ _id: id, state: expected }).update(changes);
      // The push always changes the document, so a matched matter always counts as updated.
      return countOf(reply, 'updated', 'matters.transition') === 1;
    },

    async update(id, patch, now) {
      const reply = await matters()
        .doc(id)
        .update({ ...patchChanges(_, patch), updatedAt: now });
      if (countOf(reply, 'updated', 'matters.update') === 1) return true;
      // 0 may also mean "stored with these very values already" (MongoDB's nModified).
      return (await findDocumentById(matters(), id, 'matters.update')) !== null;
    },

    list,
    listFirstPage,

    async recentInCategory(communityId, category, states, limit) {
      const { documents } = await fetchKeysetPage(matters(), _, {
        conditions: [{ communityId, category, state: _.in([...states]) }],
        after: null,
        limit,
        sortField: 'lastActivityAt',
        idField: '_id',
        direction: 'desc',
        operation: 'matters.recentInCategory',
      });
      return documents.map(toMatterRecord);
    },

    async countByAuthorSince(authorId, since) {
      const reply = await matters()
        .where({ authorId, createdAt: _.gte(since) })
        .count();
      return totalOf(reply, 'matters.countByAuthorSince');
    },

    async listEscalatedDueBetween(fromDate, toDate, limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(`matters.listEscalatedDueBetween: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`);
      }
      // Every community at once: the overdue-escalation timer is one function run for the whole
      // environment. Few matters wait on the street at a time, so one get() holds them.
      const reply = await matters()
        .where({
          state: 'escalated',
          'escalation.respondedAt': null,
          'escalation.dueDate': _.gte(fromDate).and(_.lte(toDate)),
        })
        .orderBy('escalation.dueDate', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'matters.listEscalatedDueBetween').map(toMatterRecord);
    },

    async listResolvedBefore(before, limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(`matters.listResolvedBefore: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`);
      }
      const reply = await matters()
        .where({ state: 'resolved', resolvedAt: _.lte(before) })
        .orderBy('resolvedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'matters.listResolvedBefore').map(toMatterRecord);
    },

    async listRejectedWithPhotosBefore(before, limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(
          `matters.listRejectedWithPhotosBefore: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`,
        );
      }
      const reply = await matters()
        .where({ state: 'rejected', updatedAt: _.lte(before), photos: _.neq([]) })
        .orderBy('updatedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'matters.listRejectedWithPhotosBefore').map(toMatterRecord);
    },

    timeline,
    moderationQueue: (communityId, kind, after, limit) =>
      moderationQueue(matters(), _, toMatterRecord, { communityId, kind, after, limit }, 'matters.moderationQueue'),
    tallyByAuthors: (authorIds) => tallyByAuthors(matters(), _, authorIds),
    ...createMatterRelations(db, names),
  };
}

/** The list filter: community and states, optional category and pin, and every title term. */
function listConditions(db: CloudbaseDb, query: MatterListQuery): Condition[] {
  const _ = db.command;
  const base: Record<string, unknown> = { communityId: query.communityId, state: _.in([...query.states]) };
  if (query.category !== undefined) base.category = query.category;
  if (query.pinned !== undefined) base.pinned = query.pinned;
  // One condition per term, ANDed: every term must occur somewhere in the title, in any order.
  // Terms are matched literally (escaped); db.RegExp refuses an empty pattern, so blanks are skipped.
  const terms = query.terms.filter((term) => term !== '');
  return [base, ...terms.map((term) => ({ title: db.RegExp({ regexp: escapeRegExp(term) }) }))];
}
