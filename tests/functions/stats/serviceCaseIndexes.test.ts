import {
  cloudbaseCollectionSetup,
  collectionNames,
  type CollectionKey,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import { caseSection } from '../../../cloudfunctions/lib/services/stats/caseSection';
import { serviceSection } from '../../../cloudfunctions/lib/services/stats/serviceSection';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from '../storage/cloudbaseRequests';
import { depsAt, periods, scopes } from './statsEngines';

/** Every collection's setup by its stored name (mq_...). */
function setupByName(setup = cloudbaseCollectionSetup) {
  const names = collectionNames();
  return Object.fromEntries((Object.keys(setup) as CollectionKey[]).map((key) => [names[key], setup[key]]));
}

async function figureRequests() {
  const { db, storage } = await openWithDb();
  const deps = depsAt(storage);
  const directory = await storage.places.directory();
  await serviceSection.build(deps, scopes[1], periods()[2], directory);
  await caseSection.build(deps, scopes[1], periods()[2], directory);
  return inspectMemoryDb(db).requests.filter((r) => r.action === 'database.aggregateDocuments');
}

describe('the CloudBase requests of the 志愿服务 and 街呼区应 sections', () => {
  it('are aggregates whose first $match a declared index serves, a few per section whatever the data', async () => {
    const { db, storage } = await openWithDb();
    const deps = depsAt(storage);
    const server = inspectMemoryDb(db);
    // The dashboard's own read of the directory, handed to every section, as stats.dashboard does.
    const directory = await storage.places.directory();
    const before = server.requests.length;
    await serviceSection.build(deps, scopes[1], periods()[2], directory);
    const service = server.requests.slice(before);
    await caseSection.build(deps, scopes[1], periods()[2], directory);
    const cases = server.requests.slice(before + service.length);
    // Orders by (category, month), volunteers, hours with stars, activities.
    expect(service.map((r) => r.action)).toEqual(Array(4).fill('database.aggregateDocuments'));
    // Cases by holder and by month; the bodies are named from the directory the dashboard read.
    expect(cases.filter((r) => r.action === 'database.aggregateDocuments')).toHaveLength(2);
    const figures = [...service, ...cases].filter((r) => r.action === 'database.aggregateDocuments');
    expect(queriesWithoutIndex(figures, setupByName())).toEqual([]);
  });

  it('are checked for real: without the (communityId, dispatchedAt) index the cases are named', async () => {
    const setup = {
      ...cloudbaseCollectionSetup,
      cases: {
        ...cloudbaseCollectionSetup.cases,
        indexes: cloudbaseCollectionSetup.cases.indexes.filter((spec) => spec.fields[1]?.field !== 'dispatchedAt'),
      },
    };
    const unserved = queriesWithoutIndex(await figureRequests(), setupByName(setup));
    expect(unserved).toHaveLength(1);
    expect(unserved[0]).toMatch(/^mq_cases: .*dispatchedAt/);
  });
});
