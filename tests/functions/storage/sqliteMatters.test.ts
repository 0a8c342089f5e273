import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeMattersContract } from './mattersContract';

describeMattersContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
