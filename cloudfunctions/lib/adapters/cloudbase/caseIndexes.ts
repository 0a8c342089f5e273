import type { CollectionKey } from './collections';
import { ascending, ascendingThenId, index, type CollectionSetup } from './indexSpecs';

/**
 * 街呼区应. An accept, a return, a feedback and a check are conditional updates of one case
 * document found by `_id`; one open case per matter rests on `_id` uniqueness in `openCases`. The
 * indexes serve the lists, each ending in the order its keyset pages sort by (dueAt, then `_id`).
 * The holder is kept in two top-level fields (`holderKind`, `holderId`) for them (caseDocuments.ts).
 */
export function caseCollectionSetup(): Pick<
  Record<CollectionKey, CollectionSetup>,
  'cases' | 'openCases' | 'routingTables'
> {
  return {
    cases: {
      permission: 'ADMINONLY',
      idHolds:
        'the case id (from the dispatching request id): a retried dispatch finds it; steps update it conditionally',
      indexes: [
        index([ascending('matterId'), ...ascendingThenId('dispatchedAt')], 'listForMatter; findOpenForMatter'),
        index(
          [ascending('streetId'), ascending('state'), ...ascendingThenId('dueAt')],
          "listOpen of a street (merging the per-state ranges), a holder kind's, the overdue ones",
        ),
        index(
          [ascending('streetId'), ascending('communityId'), ascending('state'), ...ascendingThenId('dueAt')],
          'listOpen of one community',
        ),
        index(
          [ascending('holderKind'), ascending('holderId'), ascending('state'), ...ascendingThenId('dueAt')],
          "listForHolder (a body's inbox); listOpen of one body",
        ),
        index([ascending('state'), ...ascendingThenId('nextReminderAt')], 'listReminderDue (the timer)'),
        index([ascending('communityId'), ascending('dispatchedAt')], "figures (issue 16): a period's cases (SLA)"),
      ],
    },
    openCases: {
      permission: 'ADMINONLY',
      idHolds: 'the matter id: held by its open case (`caseId`), released or taken over once that case is final',
      indexes: [],
    },
    routingTables: {
      permission: 'ADMINONLY',
      idHolds: "the street id: the street's whole routing table (rules and SLA classes), read by `_id`",
      indexes: [],
    },
  };
}
