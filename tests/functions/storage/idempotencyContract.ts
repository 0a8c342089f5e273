import type { Storage } from '../../../cloudfunctions/lib/ports/storage';

/**
 * The idempotency repository's contract, which makes every command safe to retry by its request
 * id: one claim per key (also under concurrency), replay of a completed response, refusal of a
 * reused id with another input, take-over of stale and failed claims, and the purge of old
 * records. Run by storageContract.ts on every adapter.
 */
export function describeIdempotencyContract(current: () => Storage): void {
  describe('idempotency', () => {
    let storage: Storage;

    beforeEach(() => {
      storage = current();
    });

    it('claims a key once, reports it in progress, then replays the completed response', async () => {
      expect(await storage.idempotency.claim('k', 'f', 1000, 30_000)).toEqual({
        state: 'claimed',
        earlierAttempt: false,
      });
      expect(await storage.idempotency.claim('k', 'f', 1001, 30_000)).toEqual({ state: 'in_progress' });
      await storage.idempotency.complete('k', { ok: true, data: { n: 1 } }, 1002);
      expect(await storage.idempotency.claim('k', 'f', 1003, 30_000)).toEqual({
        state: 'completed',
        response: { ok: true, data: { n: 1 } },
      });
    });

    it('refuses a reused request id with another input', async () => {
      await storage.idempotency.claim('k', 'f1', 1000, 30_000);
      await storage.idempotency.complete('k', { ok: true, data: null }, 1001);
      expect(await storage.idempotency.claim('k', 'f2', 1002, 30_000)).toEqual({ state: 'mismatch' });
    });

    it('lets a retry take over a stale claim and forgets a released one', async () => {
      await storage.idempotency.claim('stale', 'f', 1000, 30_000);
      // Taking over: the earlier attempt may have written part of the work.
      expect(await storage.idempotency.claim('stale', 'f', 1000 + 30_001, 30_000)).toEqual({
        state: 'claimed',
        earlierAttempt: true,
      });
      await storage.idempotency.claim('released', 'f', 1000, 30_000);
      await storage.idempotency.release('released');
      // A refusal wrote nothing: claimed afresh.
      expect(await storage.idempotency.claim('released', 'f', 1001, 30_000)).toEqual({
        state: 'claimed',
        earlierAttempt: false,
      });
      // A failed call's claim is taken over at once by its retry (same input), not after it is stale.
      await storage.idempotency.claim('failed', 'f', 1000, 30_000);
      await storage.idempotency.fail('failed', 1001);
      // Whether the retry finds an earlier attempt depends on the engine: its writes stand on
      // CloudBase (earlierAttempt: true, cloudbase.test.ts) and rolled back with the claim on
      // SQLite (false, sqlite.test.ts).
      expect(await storage.idempotency.claim('failed', 'f', 1002, 30_000)).toMatchObject({ state: 'claimed' });
      expect(await storage.idempotency.claim('failed', 'f', 1003, 30_000)).toEqual({ state: 'in_progress' });
    });

    it('purges completed records older than a moment, never pending claims', async () => {
      await storage.idempotency.claim('old', 'f', 1000, 30_000);
      await storage.idempotency.complete('old', { ok: true }, 1000);
      await storage.idempotency.claim('recent', 'f', 5000, 30_000);
      await storage.idempotency.complete('recent', { ok: true }, 5000);
      await storage.idempotency.claim('pending', 'f', 100, 30_000);
      expect(await storage.idempotency.purgeCompletedBefore(5000)).toBe(1);
      expect(await storage.idempotency.claim('old', 'f', 6000, 30_000)).toEqual({
        state: 'claimed',
        earlierAttempt: false,
      });
      expect(await storage.idempotency.claim('recent', 'f', 6000, 30_000)).toMatchObject({ state: 'completed' });
      expect(await storage.idempotency.claim('pending', 'f', 200, 30_000)).toEqual({ state: 'in_progress' });
    });

    it('gives a key to exactly one of many concurrent claims', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => storage.idempotency.claim('hot', 'f', 5000, 30_000)),
      );
      expect(results.filter((r) => r.state === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(9);
    });
  });
}
