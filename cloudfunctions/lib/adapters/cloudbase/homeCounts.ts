import { roles, type Role } from '@domain/users';
import type { HomeCountRepository, MeetingRecord } from '../../ports/homeCounts';
import type { CollectionNames } from './collections';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb, type StoredDocument } from './database';
import { totalOf } from './keysetPages';
import { toMatterRecord } from './matterDocuments';

/**
 * The homes' counts, each a count() the database answers from an index (indexes.ts names them);
 * independent counts go out together, one round trip's wait for the four moderation queues.
 */
export function createHomeCounts(db: CloudbaseDb, names: CollectionNames): HomeCountRepository {
  const _ = db.command;
  const count = async (collection: string, where: object, operation: string) =>
    totalOf(await db.collection(collection).where(where).count(), `homeCounts.${operation}`);
  // An escalation still waiting for its answer after its due date (src/domain/matters/overdue.ts).
  const overdueEscalation = (communityId: string, today: string) => ({
    communityId,
    state: 'escalated',
    'escalation.respondedAt': null,
    'escalation.dueDate': _.lt(today),
  });
  return {
    async moderationCounts(communityId) {
      const pending = { communityId, state: 'pending_review' };
      const flagged = { communityId, flagCount: _.gt(0) };
      const [pendingMatters, flaggedMatters, pendingComments, flaggedComments] = await Promise.all([
        count(names.matters, pending, 'pendingMatters'),
        count(names.matters, flagged, 'flaggedMatters'),
        count(names.comments, pending, 'pendingComments'),
        count(names.comments, flagged, 'flaggedComments'),
      ]);
      return { pendingMatters, flaggedMatters, pendingComments, flaggedComments };
    },
    async countOverdueEscalations(communityId, today) {
      return count(names.matters, overdueEscalation(communityId, today), 'countOverdueEscalations');
    },
    async listOverdueEscalations(communityId, today, limit) {
      checkLimit(limit, 'listOverdueEscalations');
      const reply = await db
        .collection(names.matters)
        .where(overdueEscalation(communityId, today))
        .orderBy('escalation.dueDate', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'homeCounts.listOverdueEscalations').map(toMatterRecord);
    },
    async consultationsBetween(communityId, from, to, limit) {
      checkLimit(limit, 'consultationsBetween');
      const reply = await db
        .collection(names.consultations)
        .where({ communityId, scheduledAt: _.gte(from).and(_.lt(to)) })
        // Only what a home shows: a meeting's agenda and minutes stay in the database.
        .field({ _id: true, matterId: true, scheduledAt: true, place: true })
        .orderBy('scheduledAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'homeCounts.consultationsBetween').map(toMeeting);
    },
    async followUpCounts(cadreId, today) {
      const open = { 'followUp.state': 'open', cadreId };
      const [openCount, overdue] = await Promise.all([
        count(names.visitRecords, open, 'followUpsOpen'),
        count(names.visitRecords, { ...open, 'followUp.dueDate': _.lt(today) }, 'followUpsOverdue'),
      ]);
      return { open: openCount, overdue };
    },
    async usersByRole() {
      const counts = await Promise.all(roles.map((role) => count(names.users, { role }, 'usersByRole')));
      return Object.fromEntries(roles.map((role, i) => [role, counts[i]])) as Record<Role, number>;
    },
  };
}

function toMeeting(stored: StoredDocument): MeetingRecord {
  return {
    id: stored._id,
    matterId: String(stored.matterId),
    scheduledAt: Number(stored.scheduledAt),
    place: String(stored.place),
  };
}

function checkLimit(limit: number, operation: string): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_PER_GET) {
    throw new RangeError(`homeCounts.${operation}: limit must be 1..${MAX_ROWS_PER_GET}, got ${limit}`);
  }
}
