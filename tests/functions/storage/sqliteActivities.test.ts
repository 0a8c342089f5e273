import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { anActivity } from '../../support/builders/activities';
import { describeActivitiesContract } from './activitiesContract';

describeActivitiesContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

describe('sqlite activities specifics', () => {
  it('refuses more enrolled than the headcount, even in SQL', async () => {
    const storage = openSqliteStorage(':memory:');
    await storage.activities.create(anActivity({ headcount: 1 }));
    expect(() => storage.db.prepare("UPDATE activities SET enrolled = 2 WHERE id = 'a1'").run()).toThrow(/CHECK/);
    await storage.close();
  });
});
