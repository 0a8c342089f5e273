import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeServiceContract } from './serviceContract';

describeServiceContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
