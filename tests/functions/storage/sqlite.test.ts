import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeStorageContract } from './storageContract';

describeStorageContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
