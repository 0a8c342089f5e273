import type { ActivityRepository } from '../../ports/activities';
import { toActivityRecord } from './activityDocuments';
import type { CollectionNames } from './collections';
import { rowsOf, type CloudbaseDb } from './database';
import { allOf, fetchKeysetPage, type Condition } from './keysetPages';
import { pageOf } from './paging';

/** The activity lists: a community's (or a station's) upcoming and past, and the reminders' batch. */
export function createActivityLists(
  db: CloudbaseDb,
  names: CollectionNames,
): Pick<ActivityRepository, 'list' | 'startingBetween'> {
  const _ = db.command;
  const activities = () => db.collection(names.activities);
  return {
    async list(query) {
      if (query.limit <= 0) return { items: [], next: null };
      const upcoming = query.when === 'upcoming';
      const scope: Condition = {
        communityId: query.communityId,
        ...(query.stationId !== undefined ? { stationId: query.stationId } : {}),
      };
      const when: Condition = upcoming
        ? { state: 'published', endAt: _.gt(query.now) }
        : _.or([{ state: 'cancelled' }, { endAt: _.lte(query.now) }]);
      const { documents, hasMore } = await fetchKeysetPage(activities(), _, {
        conditions: [scope, when],
        sortField: 'startAt',
        idField: '_id',
        direction: upcoming ? 'asc' : 'desc',
        after: query.after,
        limit: query.limit,
        operation: 'activities.list',
      });
      return pageOf(documents.map(toActivityRecord), hasMore, (a) => ({ at: a.startAt, id: a.id }));
    },
    async startingBetween(from, to, limit) {
      if (limit <= 0) return [];
      const reply = await activities()
        .where(allOf(_, [{ state: 'published' }, { startAt: _.gte(from) }, { startAt: _.lt(to) }]))
        .orderBy('startAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'activities.startingBetween').map(toActivityRecord);
    },
  };
}
