import type { VolunteerRecord, VolunteerRepository } from '../../ports/service';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertIfAbsent, rowsOf, type CloudbaseDb } from './database';
import { fetchNewestFirst, pageOf } from './paging';
import { fieldsOf, toDocument, toRecord } from './serviceDocuments';

/** States a report may be replaced in: an approval is never undone by reporting again. */
const REPLACEABLE = ['pending', 'returned'];

/**
 * 双报到 reports. Each step is one conditional write on the report's own document: a new report
 * is an insert under `communityId:userId`, a report again an update conditional on not approved,
 * a review conditional on pending (of two reviewers one wins), a placement on approved.
 */
export function createVolunteerRepository(db: CloudbaseDb, names: CollectionNames): VolunteerRepository {
  const _ = db.command;
  const volunteers = () => db.collection(names.volunteers);

  async function findById(id: string): Promise<VolunteerRecord | null> {
    const stored = await findDocumentById(volunteers(), id, 'volunteers.findById');
    return stored ? toRecord<VolunteerRecord>(stored) : null;
  }

  return {
    findById,

    async findByUsers(communityId, userIds) {
      const ids = [...new Set(userIds)];
      if (ids.length === 0) return [];
      const reply = await volunteers()
        .where({ userId: _.in(ids), communityId })
        .limit(ids.length)
        .get();
      return rowsOf(reply, 'volunteers.findByUsers').map((stored) => toRecord<VolunteerRecord>(stored));
    },

    async report(record) {
      if (await insertIfAbsent(volunteers(), toDocument(record), 'volunteers.report')) return true;
      const reply = await volunteers()
        .where({ _id: record.id, state: _.in(REPLACEABLE) })
        .update(fieldsOf(record));
      if (countOf(reply, 'updated', 'volunteers.report') === 1) return true;
      // 0 is also the answer when the stored report already holds these very values (a retry).
      const stored = await findById(record.id);
      return stored !== null && stored.state !== 'approved';
    },

    async review(id, review, now) {
      // The state leaves pending, so a matching document always changes: 0 means not pending.
      const reply = await volunteers().where({ _id: id, state: 'pending' }).update({
        state: review.state,
        returnReason: review.returnReason,
        gridId: review.gridId,
        teamId: review.teamId,
        stationId: review.stationId,
        reviewedBy: review.reviewedBy,
        reviewedAt: now,
        updatedAt: now,
      });
      return countOf(reply, 'updated', 'volunteers.review') === 1;
    },

    async place(id, placement, now) {
      const reply = await volunteers().where({ _id: id, state: 'approved' }).update({
        gridId: placement.gridId,
        teamId: placement.teamId,
        stationId: placement.stationId,
        updatedAt: now,
      });
      if (countOf(reply, 'updated', 'volunteers.place') === 1) return true;
      // 0 may mean "already placed so, at this time": approved still is enough.
      return (await findById(id))?.state === 'approved';
    },

    async list(query) {
      const filter: Record<string, unknown> = { communityId: query.communityId };
      if (query.state !== undefined) filter.state = query.state;
      const { documents, hasMore } = await fetchNewestFirst(volunteers(), _, {
        timeField: 'reportedAt',
        idField: '_id',
        filter,
        after: query.after,
        limit: query.limit,
        operation: 'volunteers.list',
      });
      const items = documents.map((stored) => toRecord<VolunteerRecord>(stored));
      return pageOf(items, hasMore, (v) => ({ at: v.reportedAt, id: v.id }));
    },
  };
}
