import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { sqliteVisitsStorage } from '../../../cloudfunctions/lib/adapters/sqlite/visitsStorage';
import { describeVisitsContract } from './visitsContract';

describeVisitsContract('sqlite (better-sqlite3, in memory)', async () => {
  const storage = openSqliteStorage(':memory:');
  return { ...sqliteVisitsStorage(storage.db), close: () => storage.close() };
});
