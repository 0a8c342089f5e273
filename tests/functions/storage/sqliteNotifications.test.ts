import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { describeNotificationsContract } from './notificationsContract';

describeNotificationsContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));
