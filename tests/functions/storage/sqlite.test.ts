import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describePersonalDataContract } from './personalDataContract';
import { describeStorageContract } from './storageContract';

describeStorageContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
describePersonalDataContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

describe('sqlite idempotency: a failed call leaves nothing to find', () => {
  it('forgets a failed claim with the rest of the call, so its retry starts afresh', async () => {
    const storage = openSqliteStorage(':memory:');
    await storage.idempotency.claim('failed', 'f', 1000, 30_000);
    await storage.idempotency.fail('failed', 1001);
    expect(await storage.idempotency.claim('failed', 'f', 1002, 30_000)).toEqual({
      state: 'claimed',
      earlierAttempt: false,
    });
    await storage.close();
  });
});
