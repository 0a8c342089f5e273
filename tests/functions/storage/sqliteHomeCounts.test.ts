import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeHomeCountsContract } from './homeCountsContract';

describeHomeCountsContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
