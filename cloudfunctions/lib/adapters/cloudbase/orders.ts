import { orderStates } from '@domain/service/orders';
import type { OrderChange, OrderListQuery, OrderRecord, OrderRepository } from '../../ports/service';
import type { Page } from '../../ports/storage';
import { patchedFields, standsAsChanged } from '../orderChanges';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertIfAbsent, MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { fetchNewestFirst, pageOf } from './paging';
import { withFamily } from '../../ports/onBehalf';
import { toDocument, toRecord } from './serviceDocuments';

/**
 * 群众点单's orders. A claim is `where({ _id, state: _.in(from), claimantId? }).update(...)`, a
 * single-document conditional write: the database applies concurrent ones one after another, so
 * exactly one finds the order still placed (updated === 1). A place is an insert under the
 * order's own `_id`, so a retried place finds the order it stored before.
 */
export function createOrderRepository(db: CloudbaseDb, names: CollectionNames): OrderRepository {
  const _ = db.command;
  const orders = () => db.collection(names.serviceOrders);

  async function findById(id: string): Promise<OrderRecord | null> {
    const stored = await findDocumentById(orders(), id, 'orders.findById');
    return stored ? orderOf(stored) : null;
  }

  /** Where the change applies: the order, in one of `from`, held by the claimant, not escalated. */
  function conditionOf(id: string, change: OrderChange): Record<string, unknown> {
    const condition: Record<string, unknown> = { _id: id, state: _.in([...change.from]) };
    if (change.claimantId !== undefined) condition.claimantId = change.claimantId;
    if (change.notEscalated) condition.escalatedAt = null;
    return condition;
  }

  async function change(id: string, change: OrderChange, now: number): Promise<OrderRecord | null> {
    if (change.from.length === 0) return null;
    const reply = await orders()
      .where(conditionOf(id, change))
      .update({ ...Object.fromEntries(patchedFields(change)), updatedAt: now });
    const applied = countOf(reply, 'updated', 'orders.change') === 1;
    // Read back: the order as the change left it (or as a later step already moved it on).
    const stored = await findById(id);
    if (applied) return stored;
    // 0 may also mean "already stored with these values": a retry of the same change.
    return standsAsChanged(stored, change) ? stored : null;
  }

  async function list(query: OrderListQuery): Promise<Page<OrderRecord>> {
    const filter = listFilter(query);
    const states = [...new Set(query.states ?? orderStates)];
    if (!filter || states.length === 0) return { items: [], next: null };
    const { documents, hasMore } = await fetchNewestFirst(orders(), _, {
      timeField: 'placedAt',
      idField: '_id',
      filter: { ...filter, state: _.in(states) },
      after: query.after,
      limit: query.limit,
      operation: 'orders.list',
    });
    const items = documents.map((stored) => orderOf(stored));
    return pageOf(items, hasMore, (order) => ({ at: order.placedAt, id: order.id }));
  }

  return {
    async place(order) {
      if (await insertIfAbsent(orders(), toDocument(order), 'orders.place')) return order;
      const stored = await findById(order.id);
      if (!stored) throw new Error(`orders.place: ${order.id} was refused as a duplicate but cannot be read`);
      return stored;
    },
    findById,
    change,
    list,
    async listOverdueForClaim(now, limit) {
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_ROWS_PER_GET) {
        throw new RangeError(`orders.listOverdueForClaim: limit must be 0..${MAX_ROWS_PER_GET}, got ${limit}`);
      }
      if (limit === 0) return [];
      const reply = await orders()
        .where({ state: 'placed', escalatedAt: null, respondBy: _.lt(now) })
        .orderBy('respondBy', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'orders.listOverdueForClaim').map((stored) => orderOf(stored));
    },
    async eraseContactsClosedBefore(before) {
      // One multi-document update over the closedAt index; erased orders no longer match.
      const reply = await orders()
        .where(
          _.and([
            { state: _.in(['confirmed', 'cancelled']), closedAt: _.lte(before) },
            _.or([{ address: _.neq('') }, { contactPhone: _.neq('') }]),
          ]),
        )
        .update({ address: '', contactPhone: '' });
      return countOf(reply, 'updated', 'orders.eraseContactsClosedBefore');
    },
  };
}

/** The filters a list matches; null without a scope (community, resident or claimant). */
function listFilter(query: OrderListQuery): Record<string, string> | null {
  const filter: Record<string, string> = {};
  if (query.communityId !== undefined) filter.communityId = query.communityId;
  if (query.residentId !== undefined) filter.residentId = query.residentId;
  if (query.claimantId !== undefined) filter.claimantId = query.claimantId;
  return Object.keys(filter).length === 0 ? null : filter;
}

/** A stored order as the current shape: orders from before families were kept have no familyId. */
function orderOf(stored: Parameters<typeof toRecord>[0]): OrderRecord {
  const order = toRecord<OrderRecord>(stored);
  return order.onBehalf ? { ...order, onBehalf: withFamily(order.onBehalf) } : order;
}
