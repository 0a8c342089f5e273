import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { describeAdminListsContract } from './adminListsContract';
import { describeAuditContract } from './auditContract';
import { describeIdempotencyContract } from './idempotencyContract';
import { describePhotoChecksContract } from './photoChecksContract';
import { describePlacesContract } from './placesContract';
import { describeUsersContract } from './usersContract';

/**
 * The behaviour every storage adapter must have. Each adapter's test file calls this with a
 * factory that opens a fresh, empty storage; each repository's contract lives in a file of its
 * own and reads the storage this opens for each test.
 */
export function describeStorageContract(adapterName: string, openEmpty: () => Promise<Storage>): void {
  describe(`storage contract: ${adapterName}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    const current = () => storage;
    describeUsersContract(current);
    describePlacesContract(current);
    describeAuditContract(current);
    describeAdminListsContract(current);
    describePhotoChecksContract(current);
    describeIdempotencyContract(current);
  });
}
