import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeCasesContract } from './casesContract';

describeCasesContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
