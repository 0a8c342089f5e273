import { anOrder } from '../../support/builders/service';
import type { OrderRepository } from '../../../cloudfunctions/lib/ports/service';
import { claimBy, escalation, startBy, type ServiceStorage } from './serviceFixtures';

const HOUR_MS = 3_600_000;

/**
 * 群众点单's orders: placing, the one winner of a claim, changes conditional on state and
 * claimant, and the timer's overdue batch. Part of the service storage contract (serviceContract.ts).
 */
export function describeOrdersContract(current: () => ServiceStorage): void {
  let orders: OrderRepository;
  beforeEach(() => {
    ({ orders } = current());
  });

  describe('service orders', () => {
    it('round-trips every field through place and findById, 红色代办 included', async () => {
      const onBehalf = anOrder({
        id: 'o-behalf',
        onBehalf: {
          staffId: 'u-staff',
          staffName: '陈秀英',
          consent: '本人口头同意',
          residentName: '王桂兰',
          familyId: 'u-family',
        },
        wantedPeriod: 'any',
      });
      expect(await orders.place(onBehalf)).toEqual(onBehalf);
      expect(await orders.findById('o-behalf')).toEqual(onBehalf);
      // 红色代办 for a resident without an account: no resident id, the name in onBehalf.
      const noAccount = anOrder({
        id: 'o-no-account',
        residentId: null,
        onBehalf: {
          staffId: 'u-staff',
          staffName: '陈秀英',
          consent: '本人口头同意',
          residentName: '李大爷',
          familyId: null,
        },
      });
      expect(await orders.place(noAccount)).toEqual(noAccount);
      expect(await orders.findById('o-no-account')).toEqual(noAccount);
      expect(await orders.findById('missing')).toBeNull();
    });

    it('keeps the first order of an id: a retried place returns what was stored', async () => {
      const first = anOrder({ id: 'o1', details: '第一次' });
      await orders.place(first);
      expect(await orders.place(anOrder({ id: 'o1', details: '重试' }))).toEqual(first);
      expect(await orders.findById('o1')).toEqual(first);
    });

    it('of 100 concurrent claims of one order exactly one wins, and the stored claimant is that one', async () => {
      await orders.place(anOrder({ id: 'o1' }));
      const volunteers = Array.from({ length: 100 }, (_, i) => `v${i}`);
      const results = await Promise.all(volunteers.map((v) => orders.change('o1', claimBy(v), 2000)));

      const winners = results.filter((result) => result !== null);
      expect(winners).toHaveLength(1);
      const stored = await orders.findById('o1');
      expect(stored).toMatchObject({ state: 'claimed', claimantId: winners[0]!.claimantId, claimedAt: 2000 });
      expect(winners[0]).toEqual(stored);
    });

    it('applies a change: the patched fields and updatedAt, nothing else', async () => {
      const placed = anOrder({ id: 'o1' });
      await orders.place(placed);
      await orders.change('o1', claimBy('v1', 2000), 2000);
      await orders.change('o1', startBy('v1', 3000), 3000);
      await orders.change(
        'o1',
        { from: ['in_progress'], claimantId: 'v1', patch: { state: 'done', doneAt: 4000 } },
        4000,
      );
      const confirmed = await orders.change(
        'o1',
        { from: ['done'], patch: { state: 'confirmed', closedAt: 5000, rating: 5, thanks: '谢谢小王' } },
        5000,
      );
      expect(confirmed).toEqual({
        ...placed,
        state: 'confirmed',
        claimantId: 'v1',
        claimedAt: 2000,
        startedAt: 3000,
        doneAt: 4000,
        closedAt: 5000,
        rating: 5,
        thanks: '谢谢小王',
        updatedAt: 5000,
      });
      expect(await orders.findById('o1')).toEqual(confirmed);
    });

    it('refuses a change conditional on the claimant for another volunteer, and changes nothing', async () => {
      await orders.place(anOrder({ id: 'o1' }));
      const claimed = await orders.change('o1', claimBy('v1'), 2000);
      expect(await orders.change('o1', startBy('v2'), 3000)).toBeNull();
      expect(await orders.change('o1', { ...startBy('v1'), claimantId: null }, 3000)).toBeNull();
      expect(await orders.findById('o1')).toEqual(claimed);
      expect(await orders.change('o1', startBy('v1'), 3000)).toMatchObject({ state: 'in_progress', startedAt: 3000 });
    });

    it('refuses a change from a state the order is not in, an unknown order and an empty from', async () => {
      const placed = anOrder({ id: 'o1' });
      await orders.place(placed);
      const finish = { from: ['in_progress'] as const, patch: { state: 'done' as const, doneAt: 4000 } };
      expect(await orders.change('o1', finish, 4000)).toBeNull();
      expect(await orders.change('o1', { from: [], patch: { state: 'cancelled' } }, 4000)).toBeNull();
      expect(await orders.change('missing', claimBy('v1'), 4000)).toBeNull();
      expect(await orders.findById('o1')).toEqual(placed);
    });

    it('answers a retried claim of the same volunteer with the stored order, another volunteer with null', async () => {
      await orders.place(anOrder({ id: 'o1' }));
      const claimed = await orders.change('o1', claimBy('v1', 2000), 2000);
      expect(await orders.change('o1', claimBy('v1', 2500), 2500)).toEqual(claimed);
      expect(await orders.change('o1', claimBy('v2', 2500), 2500)).toBeNull();
    });

    it('gives an order back: placed again without a claimant, open to another claim', async () => {
      await orders.place(anOrder({ id: 'o1' }));
      await orders.change('o1', claimBy('v1'), 2000);
      const released = await orders.change(
        'o1',
        {
          from: ['claimed'],
          claimantId: 'v1',
          patch: { state: 'placed', claimantId: null, claimedAt: null, reason: '临时有事' },
        },
        2500,
      );
      expect(released).toMatchObject({ state: 'placed', claimantId: null, claimedAt: null, reason: '临时有事' });
      expect(await orders.change('o1', claimBy('v2', 2600), 2600)).toMatchObject({ claimantId: 'v2' });
    });

    it('escalates an overdue order once: of two timer runs one does, a later one is refused', async () => {
      await orders.place(anOrder({ id: 'o1', placedAt: 0, respondBy: HOUR_MS }));
      const runs = await Promise.all([
        orders.change('o1', escalation(2 * HOUR_MS), 2 * HOUR_MS),
        orders.change('o1', escalation(2 * HOUR_MS + 1), 2 * HOUR_MS + 1),
      ]);
      expect(runs.filter((run) => run !== null)).toHaveLength(1);
      const escalated = await orders.findById('o1');
      expect(escalated).toMatchObject({ state: 'placed', escalatedAt: expect.any(Number) });
      expect(await orders.change('o1', escalation(3 * HOUR_MS), 3 * HOUR_MS)).toBeNull();
      expect(await orders.findById('o1')).toEqual(escalated);
      // The committee may still assign it.
      expect(await orders.change('o1', claimBy('v1', 3 * HOUR_MS), 3 * HOUR_MS)).toMatchObject({ claimantId: 'v1' });
    });

    it('lists overdue orders: only placed, past respondBy, not escalated, longest overdue first, limited', async () => {
      const now = 100 * HOUR_MS;
      const due = (id: string, respondBy: number, extra = {}) => anOrder({ id, placedAt: 0, respondBy, ...extra });
      for (const order of [
        due('o-late-2', now - 2 * HOUR_MS),
        due('o-late-5', now - 5 * HOUR_MS),
        due('o-late-1', now - HOUR_MS),
        due('o-late-1b', now - HOUR_MS),
        due('o-on-time', now),
        due('o-future', now + HOUR_MS),
        due('o-escalated', now - 9 * HOUR_MS, { escalatedAt: now - 8 * HOUR_MS }),
        due('o-claimed', now - 9 * HOUR_MS, { state: 'claimed', claimantId: 'v1', claimedAt: 1 }),
        due('o-cancelled', now - 9 * HOUR_MS, { state: 'cancelled' }),
      ]) {
        await orders.place(order);
      }
      const ids = async (limit: number) => (await orders.listOverdueForClaim(now, limit)).map((o) => o.id);
      expect(await ids(10)).toEqual(['o-late-5', 'o-late-2', 'o-late-1', 'o-late-1b']);
      expect(await ids(2)).toEqual(['o-late-5', 'o-late-2']);
      await orders.change('o-late-5', escalation(now), now);
      expect(await ids(10)).toEqual(['o-late-2', 'o-late-1', 'o-late-1b']);
    });

    it('erases the address and phone of orders closed by the cutoff, once, and of no other', async () => {
      const closed = (id: string, state: 'confirmed' | 'cancelled', closedAt: number) =>
        anOrder({ id, state, closedAt, claimantId: 'v1', claimedAt: 1 });
      for (const order of [
        closed('o-confirmed-old', 'confirmed', 5000),
        closed('o-cancelled-at-cutoff', 'cancelled', 6000),
        closed('o-confirmed-new', 'confirmed', 6001),
        anOrder({ id: 'o-open', state: 'in_progress', claimantId: 'v1', claimedAt: 1, startedAt: 2 }),
        anOrder({ id: 'o-placed' }),
      ]) {
        await orders.place(order);
      }
      expect(await orders.eraseContactsClosedBefore(6000)).toBe(2);
      expect(await orders.eraseContactsClosedBefore(6000)).toBe(0);
      for (const id of ['o-confirmed-old', 'o-cancelled-at-cutoff']) {
        const stored = await orders.findById(id);
        expect(stored).toMatchObject({ address: '', contactPhone: '', details: anOrder().details });
      }
      for (const id of ['o-confirmed-new', 'o-open', 'o-placed']) {
        expect(await orders.findById(id)).toMatchObject({
          address: anOrder().address,
          contactPhone: anOrder().contactPhone,
        });
      }
    });
  });
}
