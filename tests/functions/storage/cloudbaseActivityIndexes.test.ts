import {
  cloudbaseCollectionSetup,
  collectionNames,
  type CollectionKey,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { anActivity } from '../../support/builders/activities';
import { queriesWithoutIndex } from '../../support/cloudbaseIndexCoverage';
import { openWithDb } from './cloudbaseRequests';

const activityCollections: CollectionKey[] = ['activities', 'activitySignUps'];

describe('the CloudBase indexes of the activity collections', () => {
  it('serve every query the activity repository sends', async () => {
    const { db, storage } = await openWithDb();
    const { activities } = storage;
    await activities.create(anActivity({ headcount: 1 }));
    await activities.create(anActivity({ id: 'a2', stationId: 's1' }));
    await activities.signUp('a1', 'u1', 1);
    await activities.signUp('a1', 'u2', 2);
    await activities.withdraw('a1', 'u1', 3);
    await activities.signIn('a1', 'u2', 4);
    await activities.signOut('a1', 'u2', 5, 60);
    await activities.roster('a1');
    await activities.signUpsOf('u2', ['a1', 'a2']);
    await activities.signUpsOfUser('u2');
    await activities.startingBetween(0, 10 ** 13, 10);
    for (const when of ['upcoming', 'past'] as const) {
      await activities.list({ communityId: 'c1', when, now: 5, after: null, limit: 5 });
      await activities.list({ communityId: 'c1', stationId: 's1', when, now: 5, after: { at: 5, id: 'a9' }, limit: 5 });
    }
    await activities.cancel('a2', '取消', 6);
    const names = collectionNames();
    const setup = Object.fromEntries(activityCollections.map((key) => [names[key], cloudbaseCollectionSetup[key]]));
    const { requests } = inspectMemoryDb(db);
    expect(requests.filter((r) => r.action === 'database.getDocument').length).toBeGreaterThan(10);
    expect(queriesWithoutIndex(requests, setup)).toEqual([]);
    for (const key of activityCollections) expect(cloudbaseCollectionSetup[key].permission).toBe('ADMINONLY');
  });
});
