import Database from 'better-sqlite3';
import { toMatter, type MatterRow } from '../../../cloudfunctions/lib/adapters/sqlite/matterRows';
import { migrate, migrations } from '../../../cloudfunctions/lib/adapters/sqlite/migrations';

/** A database as an older release left it: migrated up to `version` only. */
function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of migrations.filter((m) => m.version <= version)) db.exec(migration.sql);
  db.pragma(`user_version = ${version}`);
  return db;
}

/** A user of community c1 as the users table has stored them since version 1. */
function insertUser(db: Database.Database, id: string, name: string, role: string): void {
  db.prepare(
    `INSERT INTO users (id, openid, name, role, community_ids, community_id, grid_id, compound_id, building, phone,
       elder_mode, created_at, updated_at)
     VALUES (?, ?, ?, ?, '["c1"]', 'c1', NULL, NULL, '', '', 'off', 1, 1)`,
  ).run(id, `wx-${id}`, name, role);
}

describe('sqlite migrations of a database in use', () => {
  it("v10 gives the slots kept before it their cadre's name as it is now", () => {
    const db = databaseAt(9);
    insertUser(db, 'u-cadre', '刘建国', 'cadre');
    const slot = db.prepare(
      `INSERT INTO slots (id, community_id, cadre_id, date, start, end, mode, place, capacity, seats_taken, state,
         cancel_reason, created_at, updated_at)
       VALUES (?, 'c1', ?, '2026-12-05', '09:00', '10:00', 'station', '红帆驿站', 3, 0, 'open', '', 1, 1)`,
    );
    slot.run('s-known', 'u-cadre');
    slot.run('s-gone', 'u-deleted');

    expect(migrate(db)).toEqual({ from: 9, to: migrations.at(-1)!.version });
    const names = db.prepare('SELECT id, cadre_name AS name FROM slots ORDER BY id').all();
    expect(names).toEqual([
      { id: 's-gone', name: '' },
      { id: 's-known', name: '刘建国' },
    ]);
    db.close();
  });
});

describe('sqlite migration 13 (the service capability)', () => {
  it('adds the service tables to a database in use, its rows kept', () => {
    const db = databaseAt(12);
    insertUser(db, 'u1', '陈秀英', 'resident');

    expect(migrate(db)).toEqual({ from: 12, to: migrations.at(-1)!.version });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?, ?, ?, ?) ORDER BY name")
      .all('volunteers', 'volunteer_teams', 'service_items', 'stations', 'service_orders', 'hours_ledger')
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual([
      'hours_ledger',
      'service_items',
      'service_orders',
      'stations',
      'volunteer_teams',
      'volunteers',
    ]);
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: '陈秀英' }]);
    db.close();
  });
});

describe('sqlite migration 22 (ledger exports)', () => {
  it('adds the export tables and the ledgers’ indexes to a database in use', () => {
    const db = databaseAt(18);
    insertUser(db, 'u1', '陈秀英', 'resident');

    expect(migrate(db)).toEqual({ from: 18, to: migrations.at(-1)!.version });
    const names = (type: string) =>
      db
        .prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name')
        .all(type)
        .map((row) => (row as { name: string }).name);
    expect(names('table')).toEqual(expect.arrayContaining(['export_chunks', 'export_jobs']));
    expect(names('index')).toEqual(
      expect.arrayContaining([
        'bookings_by_community_date',
        'export_jobs_unfinished',
        'hours_ledger_by_community_at',
        'matters_by_community_created',
        'visit_records_by_community_date',
      ]),
    );
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: '陈秀英' }]);
    db.close();
  });
});

describe('sqlite migration 23 (红色代办 for 说事)', () => {
  it('gives matters an on-behalf record, none for the matters already stored', () => {
    const db = databaseAt(22);
    insertUser(db, 'u1', '陈秀英', 'resident');
    db.prepare(
      `INSERT INTO matters (id, community_id, author_id, raised_by_id, anonymous, title, body, category, grid_id,
         compound_id, building, photos_json, state, state_before_hidden, needs_review, rejection_reason, support_count,
         comment_count, follower_count, flag_count, pinned, merged_into_id, resolved_at, rating_json, escalation_json,
         created_at, updated_at, last_activity_at)
       VALUES ('m1', 'c1', 'u1', NULL, 0, '楼道灯坏了', '晚上很黑，老人上下楼不安全。', 'safety', NULL, NULL, '', '[]',
         'open', NULL, 0, '', 0, 0, 1, 0, 0, NULL, NULL, NULL, NULL, 1, 1, 1)`,
    ).run();

    expect(migrate(db)).toEqual({ from: 22, to: migrations.at(-1)!.version });
    const row = db.prepare('SELECT * FROM matters WHERE id = ?').get('m1') as MatterRow;
    expect(toMatter(row)).toMatchObject({ id: 'm1', raisedById: null, onBehalf: null, title: '楼道灯坏了' });
    db.close();
  });
});
