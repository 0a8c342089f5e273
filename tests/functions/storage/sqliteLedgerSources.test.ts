import { sqliteLedgerSources } from '../../../cloudfunctions/lib/adapters/sqlite/ledgerSources';
import { recordingSqlite } from './recordingSqlite';

const range = { startMs: 1, endMs: 10 ** 13, from: '2026-12-01', to: '2026-12-31' };

/** The plan of each statement the ledger sources prepared, with placeholder parameters. */
async function plans(communityIds: string[], cadreId: string | null) {
  const { db, statements } = recordingSqlite();
  db.exec('ANALYZE');
  const sources = sqliteLedgerSources(db);
  const filter = { communityIds, cadreId };
  for (const after of [null, { key: 5, id: 'x' }]) {
    await sources.matters(filter, range, after, 10);
    await sources.hours(filter, range, after, 10);
  }
  for (const after of [null, { key: '2026-12-05', id: 'x' }]) {
    await sources.visitRecords(filter, range, after, 10);
    await sources.bookings(filter, range, after, 10);
  }
  await sources.countMatters(filter, range);
  await sources.countVisitRecords(filter, range);
  await sources.countBookings(filter, range);
  await sources.countHours(filter, range);
  const reads = [...statements].filter((sql) => /^\s*SELECT/.test(sql) && /@communityId/.test(sql));
  const result = reads.map((sql) => {
    const params = Object.fromEntries(
      [...sql.matchAll(/@(\w+)/g)].map(([, name]) => [
        name,
        name === 'communityIds' ? JSON.stringify(communityIds) : 1,
      ]),
    );
    const detail = db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((row) => (row as { detail: string }).detail);
    return { sql, detail };
  });
  db.close();
  return result;
}

describe('sqlite ledger sources (migration 22 indexes)', () => {
  it.each([
    ['a committee', null],
    ['a cadre', 'cadre-1'],
  ])('read one community for %s as an index range in the ledger order: no table scan, no sort', async (_, cadreId) => {
    const read = await plans(['c1'], cadreId);
    expect(read.length).toBe(12);
    for (const { sql, detail } of read) {
      expect({ sql, index: detail.some((step) => /USING (COVERING )?INDEX \w+_by_community_\w+/.test(step)) }).toEqual({
        sql,
        index: true,
      });
      expect({ sql, bad: detail.filter((step) => /^SCAN (?!CONSTANT|json_each)|TEMP B-TREE/.test(step)) }).toEqual({
        sql,
        bad: [],
      });
    }
  });

  it("read a street's communities through the same indexes (a range each, merged by a sort of the period)", async () => {
    for (const { sql, detail } of await plans(['c1', 'c2'], null)) {
      expect({ sql, index: detail.some((step) => /USING (COVERING )?INDEX \w+_by_community_\w+/.test(step)) }).toEqual({
        sql,
        index: true,
      });
      expect({ sql, scans: detail.filter((step) => /^SCAN (?!CONSTANT|json_each)/.test(step)) }).toEqual({
        sql,
        scans: [],
      });
    }
  });
});
