import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { sqliteMattersStorage } from '../../../cloudfunctions/lib/adapters/sqlite/mattersStorage';
import { describeMattersContract } from './mattersContract';

describeMattersContract('sqlite (better-sqlite3, in memory)', async () => {
  const storage = openSqliteStorage(':memory:');
  return { ...sqliteMattersStorage(storage.db), close: () => storage.close() };
});
