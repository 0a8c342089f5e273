import Database from 'better-sqlite3';
import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import { sqliteCases } from '../../../cloudfunctions/lib/adapters/sqlite/cases';
import { migrate, migrations } from '../../../cloudfunctions/lib/adapters/sqlite/migrations';
import { OPEN_CASE_STATES_SQL } from '../../../cloudfunctions/lib/adapters/sqlite/migrations/v17Cases';
import { openCaseStates } from '../../../src/domain/casework';
import { DEPARTMENT, DISPATCH_AT, aCase, acceptBy, feedbackBy, passBy } from '../../support/builders/cases';
import { describeCasesContract } from './casesContract';
import { recordingSqlite } from './recordingSqlite';

describeCasesContract('sqlite (better-sqlite3, in memory)', async () => openSqliteStorage(':memory:'));

/** A migrated database whose every prepared statement is remembered, with the case repository on it. */
function recordingDatabase() {
  const { db, statements } = recordingSqlite();
  return { db, statements, cases: sqliteCases(db) };
}

describe('sqlite cases specifics', () => {
  it('migration 17 adds the cases to a database in use, its rows kept', async () => {
    const db = new Database(':memory:');
    for (const migration of migrations.filter((m) => m.version <= 15)) db.exec(migration.sql);
    db.pragma('user_version = 15');
    db.prepare(
      "INSERT INTO hours_ledger (id, volunteer_user_id, community_id, kind, minutes, ref_id, note, evidence, recorded_by, at) VALUES ('e1', 'u1', 'c1', 'order', 60, NULL, '', '', 'u1', 1)",
    ).run();
    expect(migrate(db)).toEqual({ from: 15, to: migrations.at(-1)!.version });
    expect(await sqliteCases(db).create(aCase())).toEqual(aCase());
    expect(db.prepare('SELECT id FROM hours_ledger').all()).toEqual([{ id: 'e1' }]);
    db.close();
  });

  it('refuses a second open case of a matter, even in SQL', async () => {
    // The index's list of open states is the domain's: a state added there must be added here.
    expect(OPEN_CASE_STATES_SQL).toBe(`(${openCaseStates.map((state) => `'${state}'`).join(', ')})`);
    const storage = openSqliteStorage(':memory:');
    await storage.cases.create(aCase());
    await storage.cases.create(aCase({ id: 'k2', state: 'withdrawn' }));
    // Matched by code: the native module keeps the SqliteError class of the first test file loaded.
    let failure: unknown;
    try {
      storage.db.prepare("UPDATE cases SET state = 'dispatched' WHERE id = 'k2'").run();
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await storage.close();
  });

  it('answers every case query from an index: no table scan, no sort in memory', async () => {
    const { db, statements, cases } = recordingDatabase();
    // Enough rows that the planner has a choice to make.
    for (let i = 0; i < 40; i += 1) {
      const id = `k${String(i).padStart(2, '0')}`;
      await cases.create(
        aCase({
          id,
          matterId: `m${i % 20}`,
          state: i < 20 ? 'dispatched' : 'withdrawn',
          communityId: `c${i % 3}`,
          holder: i % 2 ? { ...DEPARTMENT } : aCase().holder,
          dueAt: DISPATCH_AT + 1000 * (i + 1),
        }),
      );
    }
    db.exec('ANALYZE');
    await cases.change('k01', acceptBy('u1'), DISPATCH_AT + 1);
    await cases.change('k01', feedbackBy('u1'), DISPATCH_AT + 2);
    await cases.change('k01', passBy('u2'), DISPATCH_AT + 3);
    await cases.change('k02', { from: ['dispatched'], extensionIs: 'none', patch: { nextReminderAt: 5 } }, 4);
    await cases.change('k02', { from: ['accepted'], extensionIs: 'pending', patch: { nextReminderAt: 6 } }, 5);
    await cases.reroute(
      'k03',
      { from: ['dispatched'], withdrawReason: '改派' },
      aCase({ id: 'k99', matterId: 'm3', previousCaseId: 'k03' }),
      6,
    );
    await cases.findOpenForMatter('m3');
    await cases.listForMatter('m3');
    await cases.listOpen({ streetId: 's1', after: null, limit: 5 });
    await cases.listOpen({
      streetId: 's1',
      overdueAt: DISPATCH_AT + 9000,
      after: { at: DISPATCH_AT, id: 'k00' },
      limit: 5,
    });
    await cases.listOpen({ streetId: 's1', communityId: 'c1', after: null, limit: 5 });
    await cases.listOpen({ streetId: 's1', communityId: 'c1', holderKind: 'department', after: null, limit: 5 });
    await cases.listOpen({ streetId: 's1', holderKind: 'department', after: null, limit: 5 });
    await cases.listOpen({ streetId: 's1', holderKind: 'department', holderId: 'd-cg', after: null, limit: 5 });
    await cases.listForHolder({ holder: { ...DEPARTMENT }, states: ['dispatched', 'verified'], after: null, limit: 5 });
    await cases.listReminderDue(DISPATCH_AT * 2, 5);
    await cases.countOpenByCommunity('s1', DISPATCH_AT + 9000);
    await cases.listOpen({ streetId: 's1', communityId: 'c1', states: ['handled'], after: null, limit: 5 });

    const reads = [...statements].filter((sql) => /^\s*(SELECT|UPDATE)/i.test(sql));
    expect(reads.length).toBeGreaterThan(10);
    for (const sql of reads) {
      const params = Object.fromEntries(
        [...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, name === 'limit' ? 5 : name === 'from' ? '[]' : '']),
      );
      const positional = (sql.match(/\?/g) ?? []).map(() => '');
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
