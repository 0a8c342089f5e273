import type { CollectionKey } from './collections';
import { ascending, ascendingThenId, descendingThenId, index, type CollectionSetup } from './indexSpecs';

type ServiceCollection =
  | 'volunteers'
  | 'volunteerTeams'
  | 'serviceItems'
  | 'stations'
  | 'serviceOrders'
  | 'hoursLedger'
  | 'activities'
  | 'activitySignUps';

/**
 * 群众点单 · 双报到. A claim, a review and a placement are conditional updates of one document
 * found by `_id`; a retried place or append is an insert under the record's own `_id`. The
 * indexes serve the lists, each ending in the order its keyset pages sort by.
 */
export function serviceCollectionSetup(): Pick<Record<CollectionKey, CollectionSetup>, ServiceCollection> {
  return {
    volunteers: {
      permission: 'ADMINONLY',
      idHolds: '`communityId:userId`: one report per person per community; report, review and place by it',
      indexes: [
        index([ascending('userId'), ascending('communityId')], "findByUsers; a person's reports (export, 注销)"),
        index([ascending('communityId'), ...descendingThenId('reportedAt')], 'list of a community'),
        index(
          [ascending('communityId'), ascending('state'), ...descendingThenId('reportedAt')],
          'list of a community in one state (待审核)',
        ),
        index(
          [ascending('communityId'), ascending('state'), ascending('reviewedAt')],
          'figures (issue 16): volunteers approved by the end of a period',
        ),
      ],
    },
    volunteerTeams: {
      permission: 'ADMINONLY',
      idHolds: 'the team id',
      indexes: [index([ascending('communityId'), ...ascendingThenId('createdAt')], 'listTeams')],
    },
    serviceItems: {
      permission: 'ADMINONLY',
      idHolds: 'the menu item id',
      indexes: [index([ascending('communityId'), ...ascendingThenId('position')], 'listItems in menu order')],
    },
    stations: {
      permission: 'ADMINONLY',
      idHolds: 'the station id',
      indexes: [index([ascending('communityId'), ascending('_id')], 'listStations')],
    },
    serviceOrders: {
      permission: 'ADMINONLY',
      idHolds: 'the order id: a retried place finds it; a claim updates it on the condition state placed',
      indexes: [
        index(
          [ascending('communityId'), ascending('state'), ...descendingThenId('placedAt')],
          'list by community (merging the per-state ranges)',
        ),
        index(
          [ascending('residentId'), ascending('state'), ...descendingThenId('placedAt')],
          'list by resident (merging the per-state ranges)',
        ),
        index(
          [ascending('claimantId'), ascending('state'), ...descendingThenId('placedAt')],
          'list by claimant (merging the per-state ranges)',
        ),
        index(
          [ascending('state'), ascending('escalatedAt'), ...ascendingThenId('respondBy')],
          'listOverdueForClaim: placed, not escalated, longest overdue first',
        ),
        index([ascending('state'), ascending('closedAt')], 'eraseContactsClosedBefore (the nightly retention)'),
        index([ascending('communityId'), ascending('placedAt')], "figures (issue 16): a period's orders"),
        index([ascending('onBehalf.familyId')], 'personalData.forgetFamily (注销 of a 红色代办 family member)'),
      ],
    },
    hoursLedger: {
      permission: 'ADMINONLY',
      idHolds: "the entry's deterministic id (`order:<orderId>`, ...): a second append of it is refused",
      indexes: [
        index([ascending('volunteerUserId'), ...descendingThenId('at')], 'list newest first; totals'),
        index([ascending('communityId'), ascending('at')], "figures (issue 16): a period's hours, stars by its end"),
      ],
    },
    activities: {
      permission: 'ADMINONLY',
      idHolds: 'the activity id: its seat holders and waitlist are updated on it conditionally (one document per step)',
      indexes: [
        index([ascending('communityId'), ...ascendingThenId('startAt')], 'past list of a community'),
        index(
          [ascending('communityId'), ascending('state'), ascending('endAt'), ...ascendingThenId('startAt')],
          'upcoming list of a community (published, not ended)',
        ),
        index([ascending('stationId'), ...ascendingThenId('startAt')], 'past list of a station'),
        index(
          [ascending('stationId'), ascending('state'), ascending('endAt'), ...ascendingThenId('startAt')],
          'upcoming list of a station',
        ),
        index([ascending('state'), ...ascendingThenId('startAt')], 'startingBetween (the reminders)'),
      ],
    },
    activitySignUps: {
      permission: 'ADMINONLY',
      idHolds: '`activityId:userId`: sign-in and sign-out are conditional updates of it',
      indexes: [
        index([ascending('activityId')], 'roster'),
        index([ascending('userId'), ascending('signedUpAt')], "a person's sign-ups (export, 注销)"),
      ],
    },
  };
}
