import {
  cloudbaseCollectionSetup,
  collectionNames,
  type CollectionKey,
  type CollectionSetup,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { ExportJobRecord } from '../../../cloudfunctions/lib/ports/exportJobs';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from './cloudbaseRequests';

/** The collections the ledger exports read and write. */
const ledgerCollections: CollectionKey[] = [
  'exportJobs',
  'exportChunks',
  'matters',
  'consultations',
  'visitRecords',
  'bookings',
  'slots',
  'hoursLedger',
];

function setupByName(setup: Record<CollectionKey, CollectionSetup> = cloudbaseCollectionSetup) {
  const names = collectionNames();
  return Object.fromEntries(ledgerCollections.map((key) => [names[key], setup[key]]));
}

const job: ExportJobRecord = {
  id: 'ledger-1',
  ownerId: 'u1',
  ownerName: '陈秀英',
  ledger: 'matters',
  communityId: 'c1',
  communityIds: ['c1'],
  scopeLabel: '东门社区',
  cadreId: null,
  period: { kind: 'thisMonth', from: '2026-12-01', to: '2026-12-31', label: '2026年12月', startMs: 1, endMs: 2 },
  state: 'queued',
  total: 3,
  rows: 0,
  step: 0,
  cursor: null,
  readDone: false,
  fileName: null,
  url: null,
  expiresAt: null,
  error: null,
  failures: 0,
  createdAt: 1,
  updatedAt: 1,
};

/** Every query of the ledger ports, with and without a cursor, for a committee, a street and a cadre. */
async function everyLedgerQuery(storage: Storage): Promise<void> {
  const { exportJobs, ledgerSources } = storage;
  await exportJobs.create(job);
  await exportJobs.findById(job.id);
  await exportJobs.advance(job.id, 0, { state: 'running', step: 1, cursor: { key: 5, id: 'm1' } }, 2);
  await exportJobs.saveChunk({ jobId: job.id, step: 0, rows: [['a', 1, null]], next: null });
  await exportJobs.saveChunk({ jobId: job.id, step: 0, rows: [['b']], next: null });
  await exportJobs.chunks(job.id);
  await exportJobs.removeChunks(job.id);
  await exportJobs.listUnfinished(5);
  await exportJobs.removeCreatedBefore(10, 5);
  const range = { startMs: 1, endMs: 10 ** 13, from: '2026-12-01', to: '2026-12-31' };
  for (const filter of [
    { communityIds: ['c1'], cadreId: null },
    { communityIds: ['c1', 'c2'], cadreId: null },
    { communityIds: ['c1'], cadreId: 'cadre-1' },
  ]) {
    for (const after of [null, { key: 5, id: 'x' }]) {
      await ledgerSources.matters(filter, range, after, 10);
      await ledgerSources.hours(filter, range, after, 10);
    }
    for (const after of [null, { key: '2026-12-05', id: 'x' }]) {
      await ledgerSources.visitRecords(filter, range, after, 10);
      await ledgerSources.bookings(filter, range, after, 10);
    }
    await ledgerSources.countMatters(filter, range);
    await ledgerSources.countVisitRecords(filter, range);
    await ledgerSources.countBookings(filter, range);
    await ledgerSources.countHours(filter, range);
  }
  await ledgerSources.consultationsOf(['m1', 'm2']);
}

describe('the CloudBase indexes of the ledger exports', () => {
  it('serve every query the exportJobs and ledgerSources ports send', async () => {
    const { db, storage } = await openWithDb();
    await everyLedgerQuery(storage);
    const { requests } = inspectMemoryDb(db);
    expect(requests.filter((r) => r.action === 'database.getDocument').length).toBeGreaterThan(20);
    expect(queriesWithoutIndex(requests, setupByName())).toEqual([]);
  });

  it('are checked for real: without the matters ledger index, its reads are named', async () => {
    const { db, storage } = await openWithDb();
    await everyLedgerQuery(storage);
    const setup = {
      ...cloudbaseCollectionSetup,
      matters: {
        ...cloudbaseCollectionSetup.matters,
        indexes: cloudbaseCollectionSetup.matters.indexes.filter((spec) => !spec.serves.startsWith('ledgerSources')),
      },
    };
    expect(queriesWithoutIndex(inspectMemoryDb(db).requests, setupByName(setup))).toContainEqual(
      expect.stringMatching(/^mq_matters: \{"\$and":\[\{"communityId":\{"\$in":\["c1"\]\}\}/),
    );
  });
});
