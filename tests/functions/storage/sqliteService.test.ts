import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { sqliteHoursLedger } from '../../../cloudfunctions/lib/adapters/sqlite/hoursLedger';
import { sqliteOrders } from '../../../cloudfunctions/lib/adapters/sqlite/orders';
import { sqliteServiceSetup } from '../../../cloudfunctions/lib/adapters/sqlite/serviceSetup';
import { sqliteVolunteers } from '../../../cloudfunctions/lib/adapters/sqlite/volunteers';
import { aVolunteer, anEntry, anOrder } from '../../support/builders/service';
import { describeServiceContract } from './serviceContract';
import { claimBy, escalation } from './serviceFixtures';
import { recordingSqlite } from './recordingSqlite';

describeServiceContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

/** A migrated database whose every prepared statement is remembered, with the service repositories on it. */
function recordingDatabase() {
  const { db, statements } = recordingSqlite();
  return {
    db,
    statements,
    volunteers: sqliteVolunteers(db),
    serviceSetup: sqliteServiceSetup(db),
    orders: sqliteOrders(db),
    hoursLedger: sqliteHoursLedger(db),
  };
}

describe('sqlite service adapter specifics', () => {
  it('refuses to delete a ledger entry or change what it counts, even in SQL', async () => {
    const storage = openSqliteStorage(':memory:');
    await storage.hoursLedger.append(anEntry({ id: 'order:o1', minutes: 60 }));
    expect(() => storage.db.prepare("DELETE FROM hours_ledger WHERE id = 'order:o1'").run()).toThrow('append-only');
    expect(() => storage.db.prepare('UPDATE hours_ledger SET minutes = 600').run()).toThrow('append-only');
    expect(() => storage.db.prepare("UPDATE hours_ledger SET volunteer_user_id = 'u-x'").run()).toThrow('append-only');
    expect((await storage.hoursLedger.totals(['u-vol-1'])).get('u-vol-1')).toBe(60);
    await storage.close();
  });

  it('refuses a claimed order without its claimant', async () => {
    const storage = openSqliteStorage(':memory:');
    // Matched by code, not with toThrow: the native module keeps the SqliteError class of the first
    // test file its jest worker loaded, which is no Error of a later file's realm.
    await expect(storage.orders.place(anOrder({ state: 'claimed', claimantId: null }))).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_CHECK',
    });
    await storage.close();
  });

  it('answers every service query from an index: no table scan, no sort in memory', async () => {
    const { db, statements, volunteers, serviceSetup, orders, hoursLedger } = recordingDatabase();
    // Enough rows that the planner has a choice to make.
    for (let i = 0; i < 30; i += 1) {
      await orders.place(anOrder({ id: `o${i}`, residentId: `u${i % 4}`, placedAt: 1000 + i }));
      await hoursLedger.append(anEntry({ id: `e${i}`, volunteerUserId: `v${i % 3}`, at: 1000 + i }));
      await volunteers.report(aVolunteer({ userId: `u${i}` }));
    }
    db.exec('ANALYZE');
    await orders.change('o1', claimBy('v1'), 2000);
    await orders.change('o2', escalation(2000), 2000);
    await orders.list({ communityId: 'c1', after: null, limit: 5 });
    await orders.list({ communityId: 'c1', states: ['placed', 'claimed'], after: { at: 1020, id: 'o20' }, limit: 5 });
    await orders.list({ residentId: 'u1', states: ['placed'], after: null, limit: 5 });
    await orders.list({ claimantId: 'v1', communityId: 'c1', after: null, limit: 5 });
    await orders.listOverdueForClaim(10 ** 12, 10);
    await hoursLedger.list('v1', { at: 1020, id: 'e20' }, 5);
    await hoursLedger.totals(['v1', 'v2']);
    await volunteers.list({ communityId: 'c1', after: null, limit: 5 });
    await volunteers.list({ communityId: 'c1', state: 'pending', after: { at: 1000, id: 'c1:u9' }, limit: 5 });
    await volunteers.findByUsers('c1', ['u1', 'u2']);
    await serviceSetup.listItems('c1');
    await serviceSetup.listTeams('c1');
    await serviceSetup.listStations('c1');

    const reads = [...statements].filter((sql) => /^\s*(SELECT|UPDATE)/i.test(sql));
    expect(reads.length).toBeGreaterThan(10);
    for (const sql of reads) {
      const params = Object.fromEntries(
        [...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, name === 'limit' ? 5 : '']),
      );
      const positional = (sql.match(/\?/g) ?? []).map(() => '[]');
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(positional.length > 0 ? positional : [params]))
        .map((row) => (row as { detail: string }).detail);
      expect({ sql, plan: plan.filter((step) => /^SCAN (?!CONSTANT|json_each)|TEMP B-TREE/.test(step)) }).toEqual({
        sql,
        plan: [],
      });
    }
    db.close();
  });
});
