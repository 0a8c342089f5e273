import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeVisitsContract } from './visitsContract';

describeVisitsContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
