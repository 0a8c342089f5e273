import { cloudbaseCollectionSetup, collectionNames } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { allGroups } from '../../../cloudfunctions/lib/adapters/cloudbase/visitStatsExpressions';
import { cadreSection } from '../../../cloudfunctions/lib/services/stats/cadreSection';
import { visitSection } from '../../../cloudfunctions/lib/services/stats/visitSection';
import { resolvePeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from '../storage/cloudbaseRequests';
import { testDeps } from '../../support/testDeps';
import { aUser } from '../../support/builders/users';
import { aSlot } from '../../support/builders/visits';
import { LIU, NOW, seedVisitScene } from './visitScene';
import { directoryNaming } from '../../support/builders/directory';

const street: StatsScope = { view: 'street', communityIds: ['c-dongmen', 'c-ximen'], cadreId: null };

describe("民意5来听's figures on CloudBase", () => {
  it('cost five aggregates and one read of names for both sections, each served by a declared index', async () => {
    const { db, storage } = await openWithDb();
    await seedVisitScene(storage);
    const deps = testDeps(storage);
    deps.clock.advance(NOW - deps.clock.now());
    const server = inspectMemoryDb(db);
    const before = server.requests.length;
    for (const scope of [street, { ...street, view: 'cadre' as const, cadreId: LIU }]) {
      const period = resolvePeriod({ kind: 'thisYear' }, NOW);
      const from = server.requests.length;
      await Promise.all([
        visitSection.build(deps, scope, period, directoryNaming()),
        cadreSection.build(deps, scope, period, directoryNaming()),
      ]);
      const sent = server.requests.slice(from).map((r) => `${r.action} ${r.collectionName}`);
      const { slots, visitRecords, users } = collectionNames();
      expect(sent.sort()).toEqual([
        `database.aggregateDocuments ${slots}`,
        `database.aggregateDocuments ${slots}`,
        `database.aggregateDocuments ${slots}`,
        `database.aggregateDocuments ${visitRecords}`,
        `database.aggregateDocuments ${visitRecords}`,
        `database.getDocument ${users}`,
      ]);
    }
    const names = collectionNames();
    const setup = {
      [names.slots]: cloudbaseCollectionSetup.slots,
      [names.visitRecords]: cloudbaseCollectionSetup.visitRecords,
    };
    expect(queriesWithoutIndex(server.requests.slice(before), setup)).toEqual([]);
  });

  it('names every cadre of a table of more than a hundred, a hundred to a read', async () => {
    const { storage } = await openWithDb();
    const deps = testDeps(storage);
    deps.clock.advance(NOW - deps.clock.now());
    const ids = Array.from({ length: 101 }, (_, i) => `u-cadre-${String(i).padStart(3, '0')}`);
    for (const [i, id] of ids.entries()) {
      await storage.users.createIfAbsent(aUser({ id, openid: `o-${id}`, name: `书记${i}`, role: 'cadre' }));
      await storage.slots.create(aSlot({ id: `s-${id}`, cadreId: id, communityId: 'c-dongmen', date: '2026-12-05' }));
    }
    const { tables } = await cadreSection.build(
      deps,
      street,
      resolvePeriod({ kind: 'thisMonth' }, NOW),
      directoryNaming(),
    );
    expect(tables[0].rows).toHaveLength(101);
    expect(tables[0].rows.every((row) => row.label.startsWith('书记'))).toBe(true);
  });

  it('reads every group, a thousand at a time, however many there are', async () => {
    const asked: number[] = [];
    const groups = await allGroups('test', async (skip, limit) => {
      asked.push(skip);
      const left = Math.max(0, Math.min(limit, 2345 - skip));
      return { data: Array.from({ length: left }, (_, i) => ({ _id: String(skip + i) })) };
    });
    expect(groups).toHaveLength(2345);
    expect(asked).toEqual([0, 1000, 2000]);
  });
});
