import { countedCloudbase, countedSqlite, type CountedStorage } from '../../bench/tapCost/engines';
import type { SqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { seededBackend } from '../support/seededBackend';

/** The requests one call costs on a fresh demo-seeded backend over `counted`. */
async function costOf(counted: CountedStorage, fn: 'account' | 'visit', action: string): Promise<number> {
  const backend = await seededBackend({ storage: counted.storage });
  const before = counted.requests();
  const answer = await backend.call(fn, 'u-resident-zhang', action, {});
  expect(answer.ok).toBe(true);
  const cost = counted.requests() - before;
  await counted.storage.close();
  return cost;
}

describe('the tap-cost counters (bench/tapCost/engines.ts)', () => {
  it('counts one CloudBase request for account.me: the caller looked up by openid, nothing else', async () => {
    const counted = await countedCloudbase();
    expect(await costOf(counted, 'account', 'me')).toBe(1);
    // --requests names each one: the last is that lookup.
    expect(counted.described()).toHaveLength(counted.requests());
    expect(counted.described().at(-1)).toBe('getDocument mq_users');
  });

  it('counts the same requests for the same call on a fresh CloudBase backend each time', async () => {
    const first = await costOf(await countedCloudbase(), 'visit', 'days');
    const second = await costOf(await countedCloudbase(), 'visit', 'days');
    expect(first).toBeGreaterThan(1);
    expect(second).toBe(first);
  });

  it('counts each run, get, all and iterate of a SQLite statement once', () => {
    const counted = countedSqlite();
    const { db } = counted.storage as SqliteStorage;
    const statement = db.prepare('SELECT 1 AS one');
    const before = counted.requests();
    statement.get();
    statement.all();
    Array.from(statement.iterate());
    db.prepare('CREATE TABLE t (x)').run();
    expect(counted.requests() - before).toBe(4);
  });

  it('counts the same SQLite statements for the same call each time', async () => {
    const first = await costOf(countedSqlite(), 'visit', 'days');
    const second = await costOf(countedSqlite(), 'visit', 'days');
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(first);
  });
});
