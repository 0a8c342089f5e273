import type { OutboxResult, OutboxRow } from '../../../cloudfunctions/lib/ports/notifications';
import { collectIds } from './contractHelpers';
import { anOutboxRow } from '../../support/builders/notifications';
import { LEASE, sent, WINDOW, type NotificationsStorage } from './notificationsFixtures';

/**
 * The outbox part of the notifications contract (dispatch, digest, lists): called inside that
 * suite's describe, with the storage its beforeEach opened.
 */
export function describeOutboxContract(current: () => NotificationsStorage): void {
  const reloadRow = async (id: string): Promise<OutboxRow> => {
    const found = await current().outbox.findById(id);
    if (!found) throw new Error(`outbox row ${id} vanished`);
    return found;
  };
  let storage: NotificationsStorage;
  beforeEach(() => {
    storage = current();
  });

  describe('outbox: dispatch', () => {
    it('lists due rows: pending and due by (notBefore, id), then expired leases, up to the limit', async () => {
      await storage.notifications.record(
        [],
        [
          anOutboxRow({ id: 'p-late', notBefore: 5000 }),
          anOutboxRow({ id: 'p-b', notBefore: 2000 }),
          anOutboxRow({ id: 'p-a', notBefore: 2000 }),
          anOutboxRow({ id: 'p-first', notBefore: 1000 }),
          anOutboxRow({ id: 'p-future', notBefore: 5001 }),
          anOutboxRow({ id: 's-old', status: 'sending', claimToken: 't', claimedUntil: 3000 }),
          anOutboxRow({ id: 's-older', status: 'sending', claimToken: 't', claimedUntil: 2500 }),
          anOutboxRow({ id: 's-live', status: 'sending', claimToken: 't', claimedUntil: 5000 }),
          ...(['sent', 'skipped', 'failed', 'merged'] as const).map((status) =>
            anOutboxRow({ id: `done-${status}`, status, notBefore: 0 }),
          ),
        ],
      );
      const ids = async (limit: number) => (await storage.outbox.due(5000, limit)).map((r) => r.id);
      expect(await ids(20)).toEqual(['p-first', 'p-a', 'p-b', 'p-late', 's-older', 's-old']);
      expect(await ids(5)).toEqual(['p-first', 'p-a', 'p-b', 'p-late', 's-older']);
      expect(await ids(2)).toEqual(['p-first', 'p-a']);
      expect(await storage.outbox.due(999, 10)).toEqual([]);
    });

    it('claims a due row once, for one lease, and lets it be taken over once the lease ended', async () => {
      const row = anOutboxRow({ id: 'o1', notBefore: 2000 });
      await storage.notifications.record([], [row]);
      expect(await storage.outbox.claim('o1', 'early', 1999, LEASE)).toBeNull();

      const claimed = await storage.outbox.claim('o1', 'tok-a', 2000, LEASE);
      expect(claimed).toEqual({
        ...row,
        status: 'sending',
        claimToken: 'tok-a',
        claimedUntil: 2000 + LEASE,
        updatedAt: 2000,
      });
      expect(await reloadRow('o1')).toEqual(claimed);
      expect(await storage.outbox.claim('o1', 'tok-b', 3000, LEASE)).toBeNull();
      expect(await storage.outbox.claim('o1', 'tok-b', 2000 + LEASE, LEASE)).toBeNull();

      const taken = await storage.outbox.claim('o1', 'tok-b', 2001 + LEASE, LEASE);
      expect(taken).toMatchObject({ status: 'sending', claimToken: 'tok-b', claimedUntil: 2001 + 2 * LEASE });
      expect(await storage.outbox.finish('o1', 'tok-a', sent(70_000), 70_000)).toBe(false);
      expect(await storage.outbox.claim('missing', 'tok', 9000, LEASE)).toBeNull();
    });

    it('claims nothing that is finished', async () => {
      const done = (['sent', 'skipped', 'failed', 'merged'] as const).map((status) =>
        anOutboxRow({ id: status, status }),
      );
      await storage.notifications.record([], done);
      for (const row of done) expect(await storage.outbox.claim(row.id, 'tok', 9000, LEASE)).toBeNull();
    });

    it('gives a row to exactly one of several concurrent claims', async () => {
      await storage.notifications.record([], [anOutboxRow({ id: 'o1' })]);
      const tokens = Array.from({ length: 6 }, (_, i) => `tok-${i}`);
      const results = await Promise.all(tokens.map((t) => storage.outbox.claim('o1', t, 2000, LEASE)));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect((await reloadRow('o1')).claimToken).toBe(winners[0]?.claimToken);
    });

    it('notes a taken credit for the claim holder only; it survives a lost lease and every finish clears it', async () => {
      await storage.notifications.record([], [anOutboxRow({ id: 'o1' })]);
      expect(await storage.outbox.markCreditTaken('o1', 'tok', 2000)).toBe(false);
      await storage.outbox.claim('o1', 'tok', 2000, LEASE);
      expect(await storage.outbox.markCreditTaken('o1', 'other', 2001)).toBe(false);
      expect(await storage.outbox.markCreditTaken('o1', 'tok', 2001)).toBe(true);
      // The holder died; the next dispatcher sees the credit as already taken.
      const again = await storage.outbox.claim('o1', 'tok2', 2000 + LEASE + 1, LEASE);
      expect(again).toMatchObject({ creditTaken: true, claimToken: 'tok2' });
      expect(await storage.outbox.finish('o1', 'tok2', sent(2000 + LEASE + 2), 2000 + LEASE + 2)).toBe(true);
      expect(await reloadRow('o1')).toMatchObject({ status: 'sent', creditTaken: false });
    });

    it('records a result only for the claim holder, and lets go of the claim', async () => {
      const row = anOutboxRow({ id: 'o1' });
      await storage.notifications.record([], [row]);
      expect(await storage.outbox.finish('o1', 'tok', sent(2000), 2000)).toBe(false);
      await storage.outbox.claim('o1', 'tok', 2000, LEASE);
      expect(await storage.outbox.finish('o1', 'other', sent(2100), 2100)).toBe(false);

      const retry: OutboxResult = {
        status: 'pending',
        attempts: 1,
        notBefore: 9000,
        lastError: '网络超时',
        sentAt: null,
      };
      expect(await storage.outbox.finish('o1', 'tok', retry, 2100)).toBe(true);
      expect(await reloadRow('o1')).toEqual({
        ...row,
        status: 'pending',
        attempts: 1,
        notBefore: 9000,
        lastError: '网络超时',
        updatedAt: 2100,
      });
      expect(await storage.outbox.finish('o1', 'tok', sent(2200), 2200)).toBe(false);
      expect(await storage.outbox.due(8999, 10)).toEqual([]);

      await storage.outbox.claim('o1', 'tok-2', 9000, LEASE);
      expect(await storage.outbox.finish('o1', 'tok-2', sent(9100, 2), 9100)).toBe(true);
      expect(await reloadRow('o1')).toMatchObject({
        status: 'sent',
        attempts: 2,
        sentAt: 9100,
        lastError: '',
        claimToken: null,
        claimedUntil: null,
        mergedInto: null,
        updatedAt: 9100,
      });
    });

    it('requeues only a failed row', async () => {
      const failed = anOutboxRow({ id: 'f1', status: 'failed', attempts: 5, lastError: '43101', notBefore: 100 });
      await storage.notifications.record(
        [],
        [failed, anOutboxRow({ id: 'p1' }), anOutboxRow({ id: 's1', status: 'sent' })],
      );
      // The template was fixed: another id, other keyword keys. The old keys must not linger.
      const fixed = { templateId: 'tpl-fixed', data: { thing7: { value: '小区停车难' } } };
      expect(await storage.outbox.requeue('f1', 8000, fixed)).toBe(true);
      expect(await reloadRow('f1')).toEqual({
        ...failed,
        ...fixed,
        status: 'pending',
        notBefore: 8000,
        attempts: 0,
        lastError: '',
        updatedAt: 8000,
      });
      expect(await storage.outbox.requeue('f1', 8100, fixed)).toBe(false);
      expect(await storage.outbox.requeue('p1', 8100, fixed)).toBe(false);
      expect(await storage.outbox.requeue('s1', 8100, fixed)).toBe(false);
      expect(await storage.outbox.requeue('missing', 8100, fixed)).toBe(false);
      expect((await reloadRow('s1')).status).toBe('sent');
    });
  });

  describe('outbox: digest', () => {
    const key = 'digest:u1:matter:m1';

    it('finds the newest other pending, sending or sent row of the digest key, newer by (createdAt, id)', async () => {
      const rows = [
        anOutboxRow({ id: 'o-a', digestKey: key, createdAt: 1000 }),
        anOutboxRow({ id: 'o-b', digestKey: key, createdAt: 2000 }),
        anOutboxRow({
          id: 'o-c',
          digestKey: key,
          createdAt: 2000,
          status: 'sending',
          claimToken: 't',
          claimedUntil: 1,
        }),
        anOutboxRow({ id: 'o-d', digestKey: key, createdAt: 1500, status: 'sent', sentAt: 1600 }),
        ...(['merged', 'failed', 'skipped'] as const).map((status) =>
          anOutboxRow({ id: `o-${status}`, digestKey: key, createdAt: 3000, status }),
        ),
        anOutboxRow({ id: 'k2-a', digestKey: 'digest:u1:matter:m2', createdAt: 1000 }),
        anOutboxRow({ id: 'k2-b', digestKey: 'digest:u1:matter:m2', createdAt: 2000, status: 'sent' }),
        anOutboxRow({ id: 'o-other', digestKey: 'digest:u2:matter:m1', createdAt: 5000 }),
        anOutboxRow({ id: 'o-free', createdAt: 500 }),
      ];
      await storage.notifications.record([], rows);
      const newer = async (id: string) => (await storage.outbox.newerInDigest(await reloadRow(id)))?.id ?? null;
      expect(await newer('o-a')).toBe('o-c');
      expect(await newer('o-b')).toBe('o-c');
      expect(await newer('o-d')).toBe('o-c');
      expect(await newer('o-c')).toBeNull();
      expect(await newer('o-merged')).toBeNull();
      expect(await newer('k2-a')).toBe('k2-b');
      expect(await newer('k2-b')).toBeNull();
      expect(await newer('o-free')).toBeNull();
      expect(await storage.outbox.newerInDigest(rows[0])).toEqual(rows[2]);
    });

    it('records which row a merged row went out with', async () => {
      await storage.notifications.record(
        [],
        ['m1', 'm2', 'kept'].map((id, n) => anOutboxRow({ id, digestKey: key, createdAt: 1000 + n })),
      );
      for (const id of ['m1', 'm2']) {
        await storage.outbox.claim(id, `tok-${id}`, 2000, LEASE);
        const merged: OutboxResult = {
          status: 'merged',
          attempts: 0,
          notBefore: 2000,
          lastError: '',
          sentAt: null,
          mergedInto: 'kept',
        };
        expect(await storage.outbox.finish(id, `tok-${id}`, merged, 2000)).toBe(true);
      }
      expect(await reloadRow('m1')).toMatchObject({ status: 'merged', mergedInto: 'kept' });
      expect(await reloadRow('m2')).toMatchObject({ status: 'merged', mergedInto: 'kept', claimToken: null });
    });

    it('opens the gate once per window; the holder may retake it (the window restarts), others wait', async () => {
      expect(await storage.outbox.takeDigest(key, 'o1', 1000, WINDOW)).toEqual({ taken: true });
      expect(await storage.outbox.takeDigest(key, 'o2', 4000, WINDOW)).toEqual({ taken: false, lastAt: 1000 });
      // o1 retries (its first attempt failed): the window now counts from this attempt.
      expect(await storage.outbox.takeDigest(key, 'o1', 5000, WINDOW)).toEqual({ taken: true });
      expect(await storage.outbox.takeDigest(key, 'o2', 6000, WINDOW)).toEqual({ taken: false, lastAt: 5000 });
      expect(await storage.outbox.takeDigest(key, 'o2', 4999 + WINDOW, WINDOW)).toEqual({
        taken: false,
        lastAt: 5000,
      });
      expect(await storage.outbox.takeDigest('digest:other', 'o3', 6000, WINDOW)).toEqual({ taken: true });

      expect(await storage.outbox.takeDigest(key, 'o2', 5000 + WINDOW, WINDOW)).toEqual({ taken: true });
      const later = 5000 + WINDOW + 10;
      expect(await storage.outbox.takeDigest(key, 'o1', later, WINDOW)).toEqual({
        taken: false,
        lastAt: 5000 + WINDOW,
      });
    });

    it.each([
      ['an unopened key', 0],
      ['a gate whose window has passed', 1],
    ])('gives %s to exactly one of several concurrent takers', async (_case, opened) => {
      if (opened) await storage.outbox.takeDigest(key, 'old', 1000, WINDOW);
      const now = 1000 + 2 * WINDOW;
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => storage.outbox.takeDigest(key, `o${i}`, now, WINDOW)),
      );
      expect(results.filter((r) => r.taken)).toHaveLength(1);
      expect(results.filter((r) => !r.taken)).toEqual(Array(5).fill({ taken: false, lastAt: now }));
    });
  });

  describe('outbox: lists', () => {
    it('lists a user’s messages newest first on (createdAt, id)', async () => {
      const times: Record<string, number> = { a: 1000, b: 2000, c: 2000, d: 3000 };
      await storage.notifications.record(
        [],
        [
          ...Object.entries(times).map(([id, createdAt]) => anOutboxRow({ id, createdAt, status: 'sent' })),
          anOutboxRow({ id: 'z', userId: 'u2', createdAt: 2500 }),
        ],
      );
      expect(await collectIds((after) => storage.outbox.listForUser('u1', after, 3), 3)).toEqual(['d', 'c', 'b', 'a']);
      expect((await storage.outbox.listForUser('u1', null, 3)).next).toEqual({ at: 2000, id: 'b' });
    });

    it('lists failed rows of the given communities newest first on (updatedAt, id)', async () => {
      const failed = (id: string, communityId: string, updatedAt: number) =>
        anOutboxRow({ id, communityId, updatedAt, status: 'failed', lastError: 'invalid template' });
      await storage.notifications.record(
        [],
        [
          failed('f1', 'c1', 3000),
          failed('f2', 'c2', 5000),
          failed('f3', 'c1', 5000),
          failed('f4', 'c3', 9000),
          failed('f5', 'c1', 1000),
          anOutboxRow({ id: 'p1', communityId: 'c1', updatedAt: 8000 }),
        ],
      );
      const page = (after: Parameters<typeof storage.outbox.listFailed>[1]) =>
        storage.outbox.listFailed(['c1', 'c2', 'c1'], after, 2);
      expect(await collectIds(page, 2)).toEqual(['f3', 'f2', 'f1', 'f5']);
      expect((await page(null)).next).toEqual({ at: 5000, id: 'f2' });
      expect(await storage.outbox.listFailed([], null, 5)).toEqual({ items: [], next: null });
    });
  });
}
