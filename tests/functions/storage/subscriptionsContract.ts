import type { NotificationsStorage } from './notificationsFixtures';

/**
 * Consent credits (subscriptions): the part of the notifications contract that counts the WeChat
 * messages a user may receive. Called inside that suite's describe, with the storage its
 * beforeEach opened.
 */
export function describeSubscriptionsContract(current: () => NotificationsStorage): void {
  let storage: NotificationsStorage;
  beforeEach(() => {
    storage = current();
  });

  describe('subscriptions', () => {
    it('counts credits per template: grant, take, refund and clear', async () => {
      const { subscriptions } = storage;
      expect(await subscriptions.credits('u1')).toEqual({});
      expect(await subscriptions.take('u1', 'tpl-a', 1000)).toBe(false);
      await subscriptions.grant('u1', 'tpl-a', 1000);
      await subscriptions.grant('u1', 'tpl-a', 1100);
      await subscriptions.grant('u1', 'tpl-b', 1200);
      await subscriptions.grant('u2', 'tpl-a', 1300);
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1 });

      expect(await subscriptions.take('u1', 'tpl-b', 2000)).toBe(true);
      expect(await subscriptions.take('u1', 'tpl-b', 2001)).toBe(false);
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2 });
      await subscriptions.refund('u1', 'tpl-b', 2100);
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1 });

      await subscriptions.clear('u1', 'tpl-a', 3000);
      await subscriptions.clear('u1', 'tpl-never', 3000);
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-b': 1 });
      expect(await subscriptions.take('u1', 'tpl-a', 3100)).toBe(false);
      await subscriptions.refund('u3', 'tpl-c', 3200);
      expect(await subscriptions.credits('u3')).toEqual({ 'tpl-c': 1 });
      expect(await subscriptions.credits('u2')).toEqual({ 'tpl-a': 1 });
    });

    it('counts a grant with an id once, however often it is repeated (a retried subscribe)', async () => {
      const { subscriptions } = storage;
      await subscriptions.grant('u1', 'tpl-a', 1000, 'g-1');
      await subscriptions.grant('u1', 'tpl-a', 1100, 'g-1');
      await subscriptions.grant('u1', 'tpl-a', 1200, 'g-2');
      await subscriptions.grant('u1', 'tpl-a', 1300, 'g-2');
      await subscriptions.grant('u1', 'tpl-a', 1400);
      await subscriptions.grant('u1', 'tpl-b', 1500, 'g-1');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 3, 'tpl-b': 1 });
      // Taking and refunding leave the grant ids alone.
      expect(await subscriptions.take('u1', 'tpl-a', 2000)).toBe(true);
      await subscriptions.refund('u1', 'tpl-a', 2100);
      await subscriptions.grant('u1', 'tpl-a', 2200, 'g-2');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 3, 'tpl-b': 1 });
    });

    it('grants several templates at once, one credit each, the first time and every time after', async () => {
      const { subscriptions } = storage;
      await subscriptions.grantAll('u1', [], 900, 'g-0');
      expect(await subscriptions.credits('u1')).toEqual({});
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 1, 'tpl-b': 1 });
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, 'g-2');
      await subscriptions.grantAll('u1', ['tpl-b', 'tpl-a', 'tpl-b'], 1200, 'g-3');
      await subscriptions.grantAll('u1', ['tpl-a'], 1300, 'g-4');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 4, 'tpl-b': 3 });
      expect(await subscriptions.credits('u2')).toEqual({});
      // What was granted together is taken, refunded and cleared one template at a time.
      expect(await subscriptions.take('u1', 'tpl-a', 2000)).toBe(true);
      await subscriptions.clear('u1', 'tpl-b', 2100);
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 2200, 'g-5');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 4, 'tpl-b': 1 });
    });

    it('counts a retried grantAll once per template, and adds what an earlier attempt did not', async () => {
      const { subscriptions } = storage;
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1000, 'g-1');
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, 'g-1');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 1, 'tpl-b': 1 });
      await subscriptions.grantAll('u1', ['tpl-c', 'tpl-b', 'tpl-a'], 1200, 'g-1');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 1, 'tpl-b': 1, 'tpl-c': 1 });
      // The same id counts once whether it came through grant or grantAll.
      await subscriptions.grant('u1', 'tpl-d', 1300, 'g-2');
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-d'], 1400, 'g-2');
      await subscriptions.grant('u1', 'tpl-a', 1500, 'g-2');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1, 'tpl-c': 1, 'tpl-d': 1 });
    });

    it('grants together over a partial earlier state: one template counted before, one never', async () => {
      const { subscriptions } = storage;
      await subscriptions.grant('u1', 'tpl-a', 1000);
      await subscriptions.refund('u1', 'tpl-d', 1000);
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, 'g-1');
      await subscriptions.grantAll('u1', ['tpl-c', 'tpl-d'], 1200, 'g-2');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1, 'tpl-c': 1, 'tpl-d': 2 });
      await subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1300, 'g-1');
      await subscriptions.grantAll('u1', ['tpl-c', 'tpl-d'], 1400, 'g-2');
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1, 'tpl-c': 1, 'tpl-d': 2 });
    });

    it('loses no grant of several concurrent grantAll calls, and counts concurrent attempts of one once', async () => {
      const { subscriptions } = storage;
      await subscriptions.grant('u1', 'tpl-b', 1000);
      const calls = [
        ...['g-1', 'g-2', 'g-3', 'g-4'].map(
          (grantId) => () => subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, grantId),
        ),
        () => subscriptions.grantAll('u1', ['tpl-a', 'tpl-b'], 1100, 'g-1'),
        () => subscriptions.grantAll('u1', ['tpl-b', 'tpl-c'], 1100, 'g-5'),
        () => subscriptions.grant('u1', 'tpl-c', 1100),
      ];
      await Promise.all(calls.map((call) => call()));
      expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 4, 'tpl-b': 6, 'tpl-c': 2 });
    });

    it('never takes more credits than there are, nor loses a grant, under concurrency', async () => {
      const { subscriptions } = storage;
      await Promise.all([1, 2].map((n) => subscriptions.grant('u1', 'tpl-a', n)));
      const takes = await Promise.all(Array.from({ length: 5 }, (_, n) => subscriptions.take('u1', 'tpl-a', 10 + n)));
      expect(takes.filter(Boolean)).toHaveLength(2);
      expect(await subscriptions.credits('u1')).toEqual({});

      await Promise.all(Array.from({ length: 5 }, (_, n) => subscriptions.grant('u2', 'tpl-a', n)));
      expect(await subscriptions.credits('u2')).toEqual({ 'tpl-a': 5 });
    });
  });
}
