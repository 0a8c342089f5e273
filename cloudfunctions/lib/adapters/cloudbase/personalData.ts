import type { AuditEntry } from '@domain/contract';
import type { TimelineRecord } from '../../ports/matters';
import type { FlagGiven, PersonalDataRepository } from '../../ports/personalData';
import type { VolunteerRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';
import { toAuditEntry } from './audit';
import type { CollectionNames } from './collections';
import { toCommentRecord } from './comments';
import { toRecord } from './serviceDocuments';
import {
  countOf,
  insertIfAbsent,
  MAX_ROWS_PER_GET,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';

/**
 * One user's comments and audit lines, and the writes of 注销 (services/accounts/erasure.ts).
 * There is no transaction here: each write below is one request that sets explicit values, so the
 * service runs them in an order where a failure half way leaves the user findable, and the retry
 * (same request id: the handler lets it run again) repeats every step harmlessly. The user's own
 * record goes last: it is moved from `_id` = openid to `_id` = `deleted:<userId>` by inserting the
 * anonymous copy first and removing the original second, so at no moment is there no record.
 */
export function createPersonalData(db: CloudbaseDb, names: CollectionNames): PersonalDataRepository {
  const _ = db.command;
  const collection = (name: string) => db.collection(name);

  /** Every document matching `filter`, in `_id` order, a page of 1000 at a time. */
  async function allWhere(name: string, filter: Record<string, unknown>, operation: string) {
    const documents: StoredDocument[] = [];
    for (;;) {
      const last = documents.at(-1)?._id;
      const where = last === undefined ? filter : { ...filter, _id: _.gt(last) };
      const reply = await collection(name).where(where).orderBy('_id', 'asc').limit(MAX_ROWS_PER_GET).get();
      const page = rowsOf(reply, operation);
      documents.push(...page);
      if (page.length < MAX_ROWS_PER_GET) return documents;
    }
  }

  async function update(name: string, filter: Record<string, unknown>, changes: object, operation: string) {
    succeeded(await collection(name).where(filter).update(changes), operation);
  }

  return {
    async listCommentsBy(userId) {
      const documents = await allWhere(names.comments, { authorId: userId }, 'personalData.listCommentsBy');
      return documents.map(toCommentRecord).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    },

    async listFlagsBy(userId) {
      const [onMatters, onComments] = await Promise.all([
        allWhere(names.flags, { userId }, 'personalData.listFlagsBy'),
        allWhere(names.commentFlags, { userId }, 'personalData.listFlagsBy'),
      ]);
      const flags: FlagGiven[] = [
        ...onMatters.map((flag) => flagGiven('matter', String(flag.matterId), flag)),
        ...onComments.map((flag) => flagGiven('comment', String(flag.commentId), flag)),
      ];
      return flags.sort((a, b) => a.at - b.at || (a.targetId < b.targetId ? -1 : 1));
    },

    async eraseFlagReasons(userId) {
      for (const name of [names.flags, names.commentFlags]) {
        await update(name, { userId }, { reason: '' }, 'personalData.eraseFlagReasons');
      }
    },

    async listAuditAbout(userId) {
      // Two index ranges rather than one `_.or`; a line naming the user twice is read twice, kept once.
      const [asActor, asTarget] = await Promise.all([
        allWhere(names.audit, { actorId: userId }, 'personalData.listAuditAbout'),
        allWhere(names.audit, { targetId: userId }, 'personalData.listAuditAbout'),
      ]);
      const byId = new Map<string, AuditEntry>();
      for (const document of [...asActor, ...asTarget]) byId.set(document._id, toAuditEntry(document));
      return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    },

    async eraseMatter(id, erasure, now) {
      // Objects and arrays through `_.set()`, whole (see patchChanges in matterDocuments.ts).
      const changes = {
        ...erasure,
        photos: _.set(erasure.photos),
        rating: _.set(erasure.rating),
        onBehalf: _.set(erasure.onBehalf),
        updatedAt: now,
      };
      await update(names.matters, { _id: id }, changes, 'personalData.eraseMatter');
    },

    async eraseTimelineNotes(matterId, notes) {
      // The timeline lives in the matter document (docs/adr/0004) and only ever grows: the notes
      // are rewritten in the array as read, on condition that no entry was pushed meanwhile.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const [stored] = rowsOf(await collection(names.matters).doc(matterId).get(), 'personalData.eraseTimelineNotes');
        const timeline = (stored?.timeline ?? []) as TimelineRecord[];
        if (!timeline.some((entry) => entry.id in notes && entry.note !== notes[entry.id])) return;
        const erased = timeline.map((entry) => (entry.id in notes ? { ...entry, note: notes[entry.id] } : entry));
        const reply = await collection(names.matters)
          .where({ _id: matterId, timeline: _.size(timeline.length) })
          .update({ timeline: _.set(erased) });
        if (countOf(reply, 'updated', 'personalData.eraseTimelineNotes') === 1) return;
      }
      throw new Error(`personalData.eraseTimelineNotes: the timeline of ${matterId} kept changing`);
    },

    async eraseComment(id, body) {
      await update(names.comments, { _id: id }, { body }, 'personalData.eraseComment');
    },

    async eraseBooking(id, erasure, now) {
      const { onBehalf, ...words } = erasure;
      // The on-behalf record is replaced whole (_.set): an object would be merged into the stored one.
      const changes = onBehalf === undefined ? words : { ...words, onBehalf: onBehalf ? _.set(onBehalf) : null };
      await update(names.bookings, { _id: id }, { ...changes, updatedAt: now }, 'personalData.eraseBooking');
    },

    async erasePhone(userId, now) {
      // Multi-document writes, each setting final values: a retry lands the same.
      const unverified = { phone: '', phoneVerifiedAt: null, updatedAt: now };
      await update(names.users, { id: userId }, unverified, 'personalData.erasePhone');
      const withPhone = { residentId: userId, phone: _.neq('') };
      await update(names.bookings, withPhone, { phone: '', updatedAt: now }, 'personalData.erasePhone');
      const ordersWithPhone = { residentId: userId, contactPhone: _.neq('') };
      await update(
        names.serviceOrders,
        ordersWithPhone,
        { contactPhone: '', updatedAt: now },
        'personalData.erasePhone',
      );
    },

    async eraseVisitRecord(id, erasure, now) {
      // Records are stored under their booking's key; their own id is the `id` field.
      await update(names.visitRecords, { id }, { ...erasure, updatedAt: now }, 'personalData.eraseVisitRecord');
    },

    async eraseAuditEntry(id, erasure) {
      await update(names.audit, { _id: id }, { ...erasure }, 'personalData.eraseAuditEntry');
    },

    async listVolunteerReportsBy(userId) {
      const documents = await allWhere(names.volunteers, { userId }, 'personalData.listVolunteerReportsBy');
      return documents
        .map((stored) => toRecord<VolunteerRecord>(stored))
        .sort((a, b) => a.reportedAt - b.reportedAt || (a.id < b.id ? -1 : 1));
    },

    async eraseOrder(id, erasure, now) {
      // onBehalf through `_.set()`, whole: an update would otherwise merge into the stored object.
      const changes = { ...erasure, onBehalf: _.set(erasure.onBehalf), updatedAt: now };
      await update(names.serviceOrders, { _id: id }, changes, 'personalData.eraseOrder');
    },

    async removeVolunteerReports(userId) {
      succeeded(await collection(names.volunteers).where({ userId }).remove(), 'personalData.removeVolunteerReports');
    },

    async forgetFamily(userId, now) {
      // One multi-document write of final values per collection: a retry finds nothing left to change.
      // A matter keeps its updatedAt: its place in the lists is its own activity.
      const naming = { 'onBehalf.familyId': userId };
      await update(names.matters, naming, { 'onBehalf.familyId': null }, 'personalData.forgetFamily');
      for (const name of [names.bookings, names.serviceOrders]) {
        await update(name, naming, { 'onBehalf.familyId': null, updatedAt: now }, 'personalData.forgetFamily');
      }
    },

    async forgetNotifications(userId) {
      // The outbox first: a row still pending must not be sent while the rest is removed.
      for (const name of [names.outbox, names.inbox, names.subscriptions]) {
        succeeded(await collection(name).where({ userId }).remove(), 'personalData.forgetNotifications');
      }
    },

    async detachUser(userId, openid, tombstone) {
      await insertIfAbsent(collection(names.users), userDocument(tombstone), 'personalData.detachUser');
      if (openid !== tombstone.openid) {
        succeeded(await collection(names.users).where({ _id: openid, id: userId }).remove(), 'personalData.detachUser');
      }
    },
  };
}

function flagGiven(targetType: FlagGiven['targetType'], targetId: string, stored: StoredDocument): FlagGiven {
  return { targetType, targetId, reason: String(stored.reason), at: Number(stored.at) };
}

/** As users.ts stores a user: `_id` is the openid (here the tombstone's `deleted:<userId>`). */
function userDocument(user: UserRecord) {
  const { openid, ...fields } = user;
  return { _id: openid, ...fields };
}
