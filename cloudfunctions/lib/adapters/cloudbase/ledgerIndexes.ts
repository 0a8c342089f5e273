import type { CollectionKey } from './collections';
import { ascending, ascendingThenId, index, type CollectionSetup, type IndexSpec } from './indexSpecs';

/**
 * The ledger exports' collections, and the indexes the ledgers (台账) read the rows of a
 * community's period by: communityId pinned (`_.in` over a street's communities), the period a
 * range on the sort field, the keyset order (sort field, id) after it.
 */
const ledgerReads: Partial<Record<CollectionKey, IndexSpec[]>> = {
  matters: [index([ascending('communityId'), ...ascendingThenId('createdAt')], 'ledgerSources.matters (居民说事台账)')],
  visitRecords: [
    index([ascending('communityId'), ascending('date'), ascending('id')], 'ledgerSources.visitRecords (民情日记台账)'),
  ],
  bookings: [index([ascending('communityId'), ...ascendingThenId('date')], 'ledgerSources.bookings (接访登记台账)')],
  hoursLedger: [index([ascending('communityId'), ...ascendingThenId('at')], 'ledgerSources.hours (志愿服务时长台账)')],
};

const exportCollections: Pick<Record<CollectionKey, CollectionSetup>, 'exportJobs' | 'exportChunks'> = {
  exportJobs: {
    permission: 'ADMINONLY',
    idHolds: 'the job id (derived from the request id): a step moves the job by a conditional update of this document',
    indexes: [index([ascending('state'), ...ascendingThenId('createdAt')], 'listUnfinished (the timer)')],
  },
  exportChunks: {
    permission: 'ADMINONLY',
    idHolds: '`jobId:step`: the first insert of a step is the chunk kept',
    indexes: [index([ascending('jobId'), ...ascendingThenId('step')], 'chunks of a job in step order; removeChunks')],
  },
};

/** Adds the ledgers' collections and read indexes to the other capabilities' setup. */
export function withLedgerIndexes(
  setup: Omit<Record<CollectionKey, CollectionSetup>, 'exportJobs' | 'exportChunks'>,
): Record<CollectionKey, CollectionSetup> {
  const merged = { ...setup, ...exportCollections } as Record<CollectionKey, CollectionSetup>;
  for (const [key, indexes] of Object.entries(ledgerReads) as [CollectionKey, IndexSpec[]][]) {
    merged[key] = { ...merged[key], indexes: [...merged[key].indexes, ...indexes] };
  }
  return merged;
}
