import {
  cloudbaseCollectionSetup,
  collectionNames,
  type CollectionKey,
  type CollectionSetup,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { aStation, aTeam, aVolunteer, anEntry, anItem, anOrder } from '../../support/builders/service';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from './cloudbaseRequests';
import { claimBy, escalation, startBy } from './serviceFixtures';

const serviceCollections: CollectionKey[] = [
  'volunteers',
  'volunteerTeams',
  'serviceItems',
  'stations',
  'serviceOrders',
  'hoursLedger',
];

/** The service collections' setup by their stored names (mq_...). */
function serviceSetupByName(
  setup: Record<CollectionKey, CollectionSetup> = cloudbaseCollectionSetup,
): Record<string, CollectionSetup> {
  const names = collectionNames();
  return Object.fromEntries(serviceCollections.map((key) => [names[key], setup[key]]));
}

/** Every query of the service repositories, each list with and without its filters and a cursor. */
async function everyServiceQuery(storage: Storage): Promise<void> {
  const { volunteers, serviceSetup, orders, hoursLedger } = storage;
  await volunteers.report(aVolunteer({ userId: 'u1' }));
  await volunteers.report(aVolunteer({ userId: 'u1', skills: '再报' }));
  await volunteers.review(
    'c1:u1',
    { state: 'approved', returnReason: '', gridId: null, teamId: null, stationId: null, reviewedBy: 'x' },
    2,
  );
  await volunteers.place('c1:u1', { gridId: 'g1', teamId: null, stationId: null }, 3);
  await volunteers.findById('c1:u1');
  await volunteers.findByUsers('c1', ['u1', 'u2']);
  await volunteers.list({ communityId: 'c1', after: null, limit: 5 });
  await volunteers.list({ communityId: 'c1', state: 'approved', after: { at: 5, id: 'c1:u9' }, limit: 5 });
  await serviceSetup.saveTeam(aTeam());
  await serviceSetup.listTeams('c1');
  await serviceSetup.saveItem(anItem());
  await serviceSetup.listItems('c1');
  await serviceSetup.findItem('item-1');
  await serviceSetup.saveStation(aStation());
  await serviceSetup.listStations('c1');
  await serviceSetup.findStation('st-1');
  await orders.place(anOrder({ id: 'o1' }));
  await orders.place(anOrder({ id: 'o1' }));
  await orders.change('o1', claimBy('v1'), 2000);
  await orders.change('o1', startBy('v1'), 3000);
  await orders.change('o1', escalation(4000), 4000);
  await orders.list({ communityId: 'c1', after: null, limit: 5 });
  await orders.list({ communityId: 'c1', states: ['placed'], after: { at: 5, id: 'o9' }, limit: 5 });
  await orders.list({ residentId: 'u-res-1', states: ['placed', 'claimed'], after: null, limit: 5 });
  await orders.list({ claimantId: 'v1', after: null, limit: 5 });
  await orders.list({ claimantId: 'v1', communityId: 'c1', after: { at: 5, id: 'o9' }, limit: 5 });
  await orders.listOverdueForClaim(10 ** 12, 10);
  await hoursLedger.append(anEntry());
  await hoursLedger.append(anEntry());
  await hoursLedger.list('u-vol-1', null, 5);
  await hoursLedger.list('u-vol-1', { at: 5, id: 'e9' }, 5);
  await hoursLedger.totals(['u-vol-1', 'u-vol-2']);
}

describe('the CloudBase indexes of the service collections', () => {
  it('serve every query the service repositories send', async () => {
    const { db, storage } = await openWithDb();
    await everyServiceQuery(storage);
    const { requests } = inspectMemoryDb(db);
    expect(requests.filter((r) => r.action === 'database.getDocument').length).toBeGreaterThan(15);
    expect(queriesWithoutIndex(requests, serviceSetupByName())).toEqual([]);
  });

  it('are checked for real: without the claimant index, the claimant list is named', async () => {
    const { db, storage } = await openWithDb();
    await everyServiceQuery(storage);
    const setup = {
      ...cloudbaseCollectionSetup,
      serviceOrders: {
        ...cloudbaseCollectionSetup.serviceOrders,
        indexes: cloudbaseCollectionSetup.serviceOrders.indexes.filter((spec) => spec.fields[0].field !== 'claimantId'),
      },
    };
    expect(queriesWithoutIndex(inspectMemoryDb(db).requests, serviceSetupByName(setup))).toEqual([
      expect.stringMatching(/^mq_serviceOrders: \{"claimantId":"v1","state":\{"\$in":\[/),
    ]);
  });

  it('are all admin-only', () => {
    for (const key of serviceCollections) expect(cloudbaseCollectionSetup[key].permission).toBe('ADMINONLY');
  });
});
