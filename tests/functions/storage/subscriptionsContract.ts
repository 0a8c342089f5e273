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
