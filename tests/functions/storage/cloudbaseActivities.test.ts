import { anActivity } from '../../support/builders/activities';
import { describeActivitiesContract } from './activitiesContract';
import { failRequests, openWithDb } from './cloudbaseRequests';

describeActivitiesContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

describe('cloudbase activities specifics', () => {
  it('keeps the sign-in code secret and the seat holders off the record', async () => {
    const { storage } = await openWithDb();
    await storage.activities.create(anActivity());
    await storage.activities.signUp('a1', 'u1', 1);
    const stored = await storage.activities.findById('a1');
    expect(stored).toEqual(anActivity({ enrolled: 1, updatedAt: 1 }));
    expect(stored).not.toHaveProperty('holders');
  });

  it('converges when the answer of a sign-up is lost: the retry finds its own seat', async () => {
    const { db, storage } = await openWithDb();
    await storage.activities.create(anActivity({ headcount: 1 }));
    failRequests(db, 'database.modifyDocument', 'mq_activities', 'reply lost', 1);
    await expect(storage.activities.signUp('a1', 'u1', 1)).rejects.toThrow();
    expect(await storage.activities.signUp('a1', 'u1', 2)).toMatchObject({ state: 'enrolled', signedUpAt: 1 });
    expect(await storage.activities.findById('a1')).toMatchObject({ enrolled: 1, waitlisted: 0 });
  });

  it('converges when the answer of a withdrawal is lost: the retry names whom it promoted', async () => {
    const { db, storage } = await openWithDb();
    await storage.activities.create(anActivity({ headcount: 1 }));
    await storage.activities.signUp('a1', 'u1', 1);
    await storage.activities.signUp('a1', 'u2', 2);
    failRequests(db, 'database.modifyDocument', 'mq_activities', 'reply lost', 1);
    await expect(storage.activities.withdraw('a1', 'u1', 3)).rejects.toThrow();
    expect(await storage.activities.withdraw('a1', 'u1', 4)).toMatchObject({ promoted: 'u2' });
    expect(await storage.activities.findById('a1')).toMatchObject({ enrolled: 1, waitlisted: 0 });
  });
});
