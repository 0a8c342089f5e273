import Database from 'better-sqlite3';
import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { migrate, migrations } from '../../../cloudfunctions/lib/adapters/sqlite/migrations';
import { sqliteRouting } from '../../../cloudfunctions/lib/adapters/sqlite/routing';
import { describeBodyMembersContract } from './bodyMembersContract';
import { describeRoutingContract } from './routingContract';

describeBodyMembersContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

describeRoutingContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

describe('sqlite routing specifics', () => {
  it('migration 18 adds the routing tables to a database in use, its rows kept', async () => {
    const db = new Database(':memory:');
    for (const migration of migrations.filter((m) => m.version <= 17)) db.exec(migration.sql);
    db.pragma('user_version = 17');
    db.prepare("INSERT INTO streets (id, name, district_id) VALUES ('st-1', '古槐街道', 'd-1')").run();
    expect(migrate(db)).toEqual({ from: 17, to: migrations.at(-1)!.version });
    const routing = sqliteRouting(db);
    await routing.setSlaClass('st-1', 'safety', 'urgent', 'u1', 1);
    expect(await routing.table('st-1')).toEqual({ streetId: 'st-1', rules: [], slaClasses: { safety: 'urgent' } });
    expect(db.prepare('SELECT id FROM streets').all()).toEqual([{ id: 'st-1' }]);
    db.close();
  });

  it('refuses a rule with half a place, even in SQL', () => {
    const storage = openSqliteStorage(':memory:');
    const insert = storage.db.prepare(
      `INSERT INTO routing_rules (street_id, id, category, place_kind, place_id, holder_kind, holder_id, updated_at, updated_by)
       VALUES ('st-1', 'r1', '*', 'grid', NULL, 'street', 'st-1', 1, 'u1')`,
    );
    expect(() => insert.run()).toThrow(/CHECK/);
    storage.db.close();
  });
});
