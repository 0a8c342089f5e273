import type { OrderState } from '@domain/service/orders';
import { anOrder } from '../../support/builders/service';
import type { OrderListQuery, OrderRecord, OrderRepository } from '../../../cloudfunctions/lib/ports/service';
import { collectIds } from './contractHelpers';
import type { ServiceStorage } from './serviceFixtures';

/**
 * The order lists: a community's (the committee), a resident's (我的点单) and a claimant's (我的接单),
 * each with a states filter, newest placed first in keyset pages. Part of the service storage
 * contract (serviceContract.ts).
 */
export function describeOrderListsContract(current: () => ServiceStorage): void {
  let orders: OrderRepository;
  beforeEach(() => {
    ({ orders } = current());
  });

  const claimedBy = (claimantId: string, state: OrderState = 'claimed') => ({ state, claimantId, claimedAt: 1 });

  /** 15 orders in two communities, of two residents, some claimed by two volunteers; ties on placedAt. */
  async function placeMany(): Promise<OrderRecord[]> {
    const made: OrderRecord[] = [];
    for (let i = 0; i < 15; i += 1) {
      const state: OrderState = (['placed', 'claimed', 'in_progress', 'done', 'confirmed', 'cancelled'] as const)[
        i % 6
      ];
      const order = anOrder({
        id: `o${String(i).padStart(2, '0')}`,
        communityId: i % 5 === 4 ? 'c2' : 'c1',
        residentId: i % 2 === 0 ? 'u-a' : 'u-b',
        // Pairs share a placedAt: the id breaks the tie.
        placedAt: 1000 + Math.floor(i / 2) * 100,
        ...(state === 'placed' || state === 'cancelled' ? { state } : claimedBy(i % 3 === 0 ? 'v1' : 'v2', state)),
      });
      await orders.place(order);
      made.push(order);
    }
    return made;
  }

  /** The ids a list should give: matching, newest placed first, then the larger id first. */
  function expected(all: OrderRecord[], matches: (order: OrderRecord) => boolean): string[] {
    return all
      .filter(matches)
      .sort((a, b) => b.placedAt - a.placedAt || (a.id < b.id ? 1 : -1))
      .map((o) => o.id);
  }

  const everyPage = (query: Omit<OrderListQuery, 'after' | 'limit'>, limit: number) =>
    collectIds((after) => orders.list({ ...query, after, limit }), limit);

  describe('service order lists', () => {
    it("pages a community's orders newest first, without duplicates or gaps, with and without a states filter", async () => {
      const all = await placeMany();
      expect(await everyPage({ communityId: 'c1' }, 4)).toEqual(expected(all, (o) => o.communityId === 'c1'));
      const open: OrderState[] = ['placed', 'claimed', 'in_progress'];
      expect(await everyPage({ communityId: 'c1', states: open }, 2)).toEqual(
        expected(all, (o) => o.communityId === 'c1' && open.includes(o.state)),
      );
      expect(await everyPage({ communityId: 'c2', states: ['cancelled'] }, 3)).toEqual(
        expected(all, (o) => o.communityId === 'c2' && o.state === 'cancelled'),
      );
    });

    it("pages a resident's orders and a claimant's, with a states filter", async () => {
      const all = await placeMany();
      expect(await everyPage({ residentId: 'u-a' }, 3)).toEqual(expected(all, (o) => o.residentId === 'u-a'));
      expect(await everyPage({ residentId: 'u-b', states: ['placed', 'done'] }, 1)).toEqual(
        expected(all, (o) => o.residentId === 'u-b' && ['placed', 'done'].includes(o.state)),
      );
      expect(await everyPage({ claimantId: 'v2' }, 2)).toEqual(expected(all, (o) => o.claimantId === 'v2'));
      expect(await everyPage({ claimantId: 'v1', states: ['claimed', 'in_progress'] }, 5)).toEqual(
        expected(all, (o) => o.claimantId === 'v1' && ['claimed', 'in_progress'].includes(o.state)),
      );
    });

    it('matches every filter given at once', async () => {
      const all = await placeMany();
      expect(await everyPage({ communityId: 'c1', claimantId: 'v2' }, 2)).toEqual(
        expected(all, (o) => o.communityId === 'c1' && o.claimantId === 'v2'),
      );
      expect(await everyPage({ communityId: 'c2', residentId: 'u-a' }, 2)).toEqual(
        expected(all, (o) => o.communityId === 'c2' && o.residentId === 'u-a'),
      );
    });

    it('gives a cursor only when more may follow, and nothing for an empty states filter or no scope', async () => {
      await placeMany();
      const whole = await orders.list({ residentId: 'u-a', after: null, limit: 50 });
      expect(whole.next).toBeNull();
      const first = await orders.list({ residentId: 'u-a', after: null, limit: 2 });
      expect(first.next).toEqual({ at: first.items[1]!.placedAt, id: first.items[1]!.id });
      expect(await orders.list({ communityId: 'c1', states: [], after: null, limit: 5 })).toEqual({
        items: [],
        next: null,
      });
      expect(await orders.list({ after: null, limit: 5 })).toEqual({ items: [], next: null });
    });

    it('keeps pages stable while orders arrive: a newer order never shifts the next page', async () => {
      const all = await placeMany();
      const first = await orders.list({ communityId: 'c1', after: null, limit: 3 });
      await orders.place(anOrder({ id: 'o-new', communityId: 'c1', placedAt: 99_000 }));
      const rest = await collectIds(
        (after) => orders.list({ communityId: 'c1', after: after ?? first.next, limit: 3 }),
        3,
      );
      expect([...first.items.map((o) => o.id), ...rest]).toEqual(expected(all, (o) => o.communityId === 'c1'));
    });
  });
}
