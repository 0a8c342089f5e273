import type { CollectionKey } from './collections';
import { matterCollectionSetup } from './matterIndexes';
import { caseCollectionSetup } from './caseIndexes';
import { serviceCollectionSetup } from './serviceIndexes';
import { withLedgerIndexes } from './ledgerIndexes';
import {
  ascending,
  ascendingThenId,
  descending,
  descendingThenId,
  index,
  newestUserFirst,
  type CollectionSetup,
} from './indexSpecs';

export type { CollectionSetup, IndexField, IndexSpec } from './indexSpecs';

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

/**
 * 民意5来听. Seats and the one-active-booking-per-day rule rest on single-document conditional
 * writes and `_id` uniqueness (see bookings.ts); the indexes only serve reads.
 */
function visitCollectionSetup(): Pick<
  Record<CollectionKey, CollectionSetup>,
  'slots' | 'bookings' | 'activeBookings' | 'visitRecords' | 'visitDayMoves'
> {
  return {
    slots: {
      permission: 'ADMINONLY',
      idHolds: 'the slot id; seats are taken by a conditional update of this one document (remaining > 0)',
      indexes: [
        index([ascending('communityId'), ascending('date'), ...ascendingThenId('createdAt')], 'listByDay'),
        index(
          [ascending('cadreId'), ascending('date'), ...ascendingThenId('createdAt')],
          'listByCadreDay; renameCadre by its prefix',
        ),
        index([ascending('cadreId'), ascending('communityId'), descending('date')], 'lastDayBefore'),
      ],
    },
    bookings: {
      permission: 'ADMINONLY',
      idHolds: 'the booking id',
      indexes: [
        index(
          [ascending('slotId'), ascending('state'), ...ascendingThenId('createdAt')],
          'listBySlot (merging the per-state ranges); the oldest waitlisted booking to promote; promotedInto and listPromotedBy (within the slot)',
        ),
        index(
          [ascending('residentId'), ascending('date'), ascending('_id')],
          'listByResident (read backwards for past)',
        ),
        index(
          [ascending('date'), ascending('state'), ...ascendingThenId('createdAt')],
          'listBookedOnDay; eraseContactsUpTo (date range)',
        ),
        index([ascending('residentId'), ascending('createdAt')], 'countCreatedByResidentSince (daily booking limit)'),
        index([ascending('onBehalf.familyId')], 'personalData.forgetFamily (注销 of a 红色代办 family member)'),
      ],
    },
    activeBookings: {
      permission: 'ADMINONLY',
      idHolds: '`residentId:date`: one active booking per resident per visit day, by _id uniqueness',
      indexes: [],
    },
    visitRecords: {
      permission: 'ADMINONLY',
      idHolds: '`booking:<bookingId>` (one record per booking, by _id uniqueness) or `record:<id>` without a booking',
      indexes: [
        index([ascending('id')], 'findById, closeFollowUp, linkMatter, save (a copy under another key)'),
        index(
          [ascending('followUp.state'), ascending('cadreId'), ascending('followUp.dueDate'), ascending('id')],
          'openFollowUps of a cadre',
        ),
        index(
          [ascending('followUp.state'), ascending('communityId'), ascending('followUp.dueDate'), ascending('id')],
          'openFollowUps of communities (merging the per-community ranges)',
        ),
        index(
          [ascending('followUp.state'), ascending('followUp.dueDate'), ascending('id')],
          'openFollowUpsDueBy (every community, the follow-up timer)',
        ),
        index([ascending('slotId')], "visit figures: a slot's records ($lookup from the period's slots)"),
      ],
    },
    visitDayMoves: {
      permission: 'ADMINONLY',
      idHolds: '`communityId:originalDate`: one move per community per visit day; moving again replaces it',
      indexes: [
        index([ascending('communityId'), ascending('originalDate')], 'listForCommunity (moved from a date in range)'),
        index([ascending('communityId'), ascending('movedTo')], 'listForCommunity (moved to a date in range)'),
      ],
    },
  };
}

/**
 * 消息 and subscribe messages. The dispatcher's claims, finishes and digest takeovers are
 * conditional updates on one document found by `_id`; the indexes serve the dispatcher's scan of
 * due rows and the lists people read.
 */
function notificationCollectionSetup(): Pick<
  Record<CollectionKey, CollectionSetup>,
  'inbox' | 'outbox' | 'digests' | 'subscriptions' | 'jobRuns'
> {
  return {
    inbox: {
      permission: 'ADMINONLY',
      idHolds: 'the entry id, derived from (user, dedupe key): writing a notification twice keeps one entry',
      indexes: [
        index([ascending('userId'), ...descendingThenId('createdAt')], 'list newest first'),
        index([ascending('userId'), ascending('readAt')], 'unreadCount; markRead; markAllRead (readAt null)'),
      ],
    },
    outbox: {
      permission: 'ADMINONLY',
      idHolds: 'the row id, derived from (user, dedupe key): writing a notification twice queues one message',
      indexes: [
        index([ascending('status'), ...ascendingThenId('notBefore')], 'due: pending rows, oldest notBefore first'),
        index([ascending('status'), ...ascendingThenId('claimedUntil')], 'due: sending rows whose lease expired'),
        index(
          [ascending('digestKey'), ascending('status'), ...descendingThenId('createdAt')],
          'newerInDigest (merging the pending, sending and sent ranges)',
        ),
        index([ascending('userId'), ...descendingThenId('createdAt')], 'listForUser'),
        index(
          [ascending('status'), ascending('communityId'), ...descendingThenId('updatedAt')],
          'listFailed (merging the per-community ranges)',
        ),
      ],
    },
    digests: {
      permission: 'ADMINONLY',
      idHolds: 'the digest key: the hourly gate is an insert under it, then updates conditional on lastAt',
      indexes: [],
    },
    subscriptions: {
      permission: 'ADMINONLY',
      idHolds: '`userId:templateId` (URI-encoded parts): one credit count per user per template',
      indexes: [index([ascending('userId'), ascending('credits')], 'credits of a user')],
    },
    jobRuns: {
      permission: 'ADMINONLY',
      idHolds: 'the job name: advancing the mark is a compare-and-set on this one document',
      indexes: [],
    },
  };
}

export const cloudbaseCollectionSetup: Record<CollectionKey, CollectionSetup> = withLedgerIndexes({
  users: {
    permission: 'ADMINONLY',
    idHolds: "the user's WeChat OPENID: the database's own _id uniqueness keeps one user per openid",
    indexes: [
      index([ascending('id')], 'findById, updateProfile, setElderMode, assignRole', true),
      index(newestUserFirst, 'list (no filter)'),
      index([ascending('role'), ...newestUserFirst], 'list by role'),
      index([ascending('communityIds'), ...newestUserFirst], 'list by community (multikey on the communityIds array)'),
      index([ascending('communityIds'), ascending('role'), ...newestUserFirst], 'list by community and role'),
      index([ascending('orgId'), ascending('role')], 'the people of a street, department or property company'),
      index([ascending('gridIds'), ascending('role')], 'listBodyMembers of a grid (multikey on the gridIds array)'),
    ],
  },
  districts: { permission: 'ADMINONLY', idHolds: 'the district id', indexes: [] },
  streets: { permission: 'ADMINONLY', idHolds: 'the street id', indexes: [] },
  communities: { permission: 'ADMINONLY', idHolds: 'the community id', indexes: [] },
  grids: { permission: 'ADMINONLY', idHolds: 'the grid id', indexes: [] },
  compounds: { permission: 'ADMINONLY', idHolds: 'the compound id', indexes: [] },
  departments: { permission: 'ADMINONLY', idHolds: 'the department id', indexes: [] },
  propertyCompanies: { permission: 'ADMINONLY', idHolds: 'the property company id', indexes: [] },
  audit: {
    permission: 'ADMINONLY',
    idHolds: 'the audit entry id',
    indexes: [
      index(descendingThenId('at'), 'list newest first'),
      index(
        [ascending('actorId'), ascending('_id')],
        'personalData.listAuditAbout: the lines a user did (export, 注销)',
      ),
      index([ascending('targetId'), ascending('_id')], 'personalData.listAuditAbout: the lines about a user'),
    ],
  },
  idempotency: {
    permission: 'ADMINONLY',
    idHolds: 'the idempotency key: the first insert of a key is the claim',
    // Looked up by _id. The daily purge of completed records (services/notifications/
    // housekeeping.ts) filters on status and completedAt, which no index here serves:
    // { status: 1, completedAt: 1 } would, should a week of requests grow large.
    indexes: [],
  },
  exports: {
    permission: 'ADMINONLY',
    idHolds: "the export's random folder in cloud storage (exports/<user>/<random>/...)",
    indexes: [index([ascending('expiresAt')], 'exportRecords.expiredBy: the nightly clean-up of expired exports')],
  },
  ...matterCollectionSetup(),
  ...visitCollectionSetup(),
  ...notificationCollectionSetup(),
  ...serviceCollectionSetup(),
  ...caseCollectionSetup(),
});
