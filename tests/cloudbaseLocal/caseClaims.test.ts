import { DISPATCH_AT, aCase, acceptBy } from '../support/builders/cases';
import { describeCasesContract } from '../functions/storage/casesContract';
import { storageOverTheWire } from './support/storageOverTheWire';

/**
 * The case storage through node-sdk and HTTP: every operator the adapter sends (`_.in`, `_.neq`,
 * `_.set`, a conditional remove, keyset `_.or`s) crosses the wire as a deployed function sends it,
 * and every request waits a random 0-5 ms at the endpoint (seeded), so concurrent steps interleave.
 */
const { open: openOverTheWire } = storageOverTheWire({ maxMs: 5, seed: 0x17 });

jest.setTimeout(60_000);

describeCasesContract('cloudbase over the local endpoint (node-sdk, HTTP)', openOverTheWire);

it('of 30 accepts and 10 dispatches of one matter over the wire, one accept and no second case', async () => {
  const storage = await openOverTheWire();
  await storage.cases.create(aCase());
  const accepts = Array.from({ length: 30 }, (_, i) => storage.cases.change('k1', acceptBy(`u${i}`), DISPATCH_AT + 1));
  const dispatches = Array.from({ length: 10 }, (_, i) => storage.cases.create(aCase({ id: `k-extra-${i}` })));
  const [accepted, created] = await Promise.all([Promise.all(accepts), Promise.all(dispatches)]);
  expect(accepted.filter((result) => result !== null)).toHaveLength(1);
  expect(created.every((result) => result === null)).toBe(true);
  expect((await storage.cases.listForMatter('m1')).map((c) => c.id)).toEqual(['k1']);
});
