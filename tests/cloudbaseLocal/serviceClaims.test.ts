import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { anEntry, anOrder } from '../support/builders/service';
import { storageOverTheWire } from './support/storageOverTheWire';

/**
 * The service storage through node-sdk and HTTP: the CloudBase adapter in this process talks to
 * the local endpoint as a deployed function does, and every request waits a random 0-20 ms
 * there (seeded), so the requests of concurrent claims reach the database in a shuffled order.
 */
const wire = storageOverTheWire({ maxMs: 20, seed: 0x14 });
let storage: Storage;

beforeEach(async () => {
  storage = await wire.open();
});

it('of 100 claims of one order over the wire with random latency exactly one wins, and is stored', async () => {
  await storage.orders.place(anOrder({ id: 'o1' }));
  const mark = wire.endpoint().log.entries.length;
  const claims = Array.from({ length: 100 }, (_, i) =>
    storage.orders.change(
      'o1',
      { from: ['placed'], patch: { state: 'claimed', claimantId: `v${i}`, claimedAt: 2000 } },
      2000,
    ),
  );
  const winners = (await Promise.all(claims)).filter((result) => result !== null);
  expect(winners).toHaveLength(1);
  expect(await storage.orders.findById('o1')).toMatchObject({ state: 'claimed', claimantId: winners[0]!.claimantId });
  // Every claim reached the database: 100 conditional updates of the one order document.
  const updates = wire
    .endpoint()
    .log.entries.slice(mark)
    .filter((entry) => entry.action === 'database.modifyDocument' && entry.collection === 'mq_serviceOrders');
  expect(updates).toHaveLength(100);
}, 60_000);

it('appends a ledger entry once when ten appends of it race over the wire', async () => {
  const appended = await Promise.all(Array.from({ length: 10 }, () => storage.hoursLedger.append(anEntry())));
  expect(appended.filter(Boolean)).toHaveLength(1);
  expect((await storage.hoursLedger.totals(['u-vol-1'])).get('u-vol-1')).toBe(60);
}, 60_000);
