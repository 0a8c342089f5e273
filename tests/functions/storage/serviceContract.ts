import { describeLedgerContract } from './serviceLedgerContract';
import { describeOrderListsContract } from './serviceOrderListsContract';
import { describeOrdersContract } from './serviceOrdersContract';
import { describeServiceSetupContract } from './serviceSetupContract';
import { describeVolunteersContract } from './serviceVolunteersContract';
import type { ServiceStorage } from './serviceFixtures';

export type { ServiceStorage } from './serviceFixtures';

/**
 * The behaviour every adapter of ports/service.ts must have. Adapter-neutral on purpose: no
 * engine details and no timing; "concurrent" means calls started together with Promise.all,
 * which is how function instances hit the same document in production.
 *
 * Readings of the port pinned here (where its comments leave room):
 * - Records are stored as given: place, report, save* and append write every field.
 * - orders.change sets the patched fields and updatedAt = now, and answers the order as stored.
 *   Refused (null) when the order is unknown, not in `from` (an empty `from` matches nothing), not
 *   held by `claimantId` when that is given (null: held by nobody), or already escalated with
 *   `notEscalated` — unless it already stands as the change would leave it (the patch's state and
 *   claimant): a retried claim of the same volunteer gets the stored order.
 * - listOverdueForClaim: placed, respondBy < now, escalatedAt null; by (respondBy, id).
 * - orders.list: newest placed first, ties by id descending; every filter given must match; no
 *   scope or an empty states list gives an empty page.
 * - volunteers.report stores a new report, replaces a pending or returned one (true, a repeat of the
 *   same report too), and is false over an approved one. review sets reviewedAt and updatedAt = now.
 *   place is true for an approved volunteer (a repeat too), else false.
 * - Teams list by (createdAt, id), menu items by (position, id), stations by id.
 * - The ledger keeps the first entry of an id; totals counts each id once and holds 0 for ids
 *   without entries; more than 100 ids is a RangeError.
 */
export function describeServiceContract(adapterName: string, openEmpty: () => Promise<ServiceStorage>): void {
  describe(`service storage contract: ${adapterName}`, () => {
    let storage: ServiceStorage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    const current = () => storage;
    describeVolunteersContract(current);
    describeServiceSetupContract(current);
    describeOrdersContract(current);
    describeOrderListsContract(current);
    describeLedgerContract(current);
  });
}
