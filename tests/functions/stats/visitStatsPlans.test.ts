import { sqliteVisitStats } from '../../../cloudfunctions/lib/adapters/sqlite/visitStats';
import { resolvePeriod } from '@domain/stats/period';
import { recordingSqlite } from '../storage/recordingSqlite';

describe("民意5来听's figures on SQLite", () => {
  it('read the period by index ranges: slots by community and date, bookings and records by slot, follow-ups by community and due date', async () => {
    const { db, statements } = recordingSqlite();
    const visitStats = sqliteVisitStats(db);
    const period = resolvePeriod({ kind: 'thisYear' }, Date.UTC(2026, 11, 6));
    for (const cadreId of [null, 'u-cadre-liu']) {
      const scope = { view: 'street' as const, communityIds: ['c1', 'c2'], cadreId };
      await visitStats.slotDays(scope, period);
      await visitStats.recordTimeliness(scope, period);
      await visitStats.followUps(scope, period, '2026-12-06');
    }
    const params = {
      communityIds: '["c1","c2"]',
      from: period.from,
      to: period.to,
      cadreId: null,
      today: '2026-12-06',
    };
    const plans = [...statements].map((sql) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(params)
        .map((row) => (row as { detail: string }).detail),
    );
    expect(plans).toHaveLength(3);
    const joined = plans.flat().join('\n');
    expect(joined).toMatch(
      /SEARCH slots USING INDEX slots_by_community_day \(community_id=\? AND date>\? AND date<\?\)/,
    );
    expect(joined).toMatch(/SEARCH b USING INDEX bookings_by_slot \(slot_id=\?\)/);
    expect(joined).toMatch(/SEARCH r USING INDEX visit_records_by_slot \(slot_id=\?\)/);
    expect(joined).toMatch(
      /USING INDEX visit_records_follow_ups_by_community \(community_id=\? AND follow_up_due_date>\? AND follow_up_due_date<\?\)/,
    );
    // No table is scanned (the list of communities is a json_each); only the groups are sorted.
    for (const step of plans.flat()) expect(step).not.toMatch(/^SCAN (?!json_each)/);
    db.close();
  });
});
