import type Database from 'better-sqlite3';
import { orderStates } from '@domain/service/orders';
import type { OrderChange, OrderListQuery, OrderRecord, OrderRepository } from '../../ports/service';
import type { Page } from '../../ports/storage';
import { patchedFields, standsAsChanged } from '../orderChanges';
import { rowsAfter, toPage } from './keyset';
import { insertOrderSql, orderParams, patchColumns, toOrder, type OrderRow } from './orderRows';
import { statementCache, type StatementCache } from './queryHelpers';

/**
 * 群众点单's orders. A claim is one conditional UPDATE (state and claimant in the WHERE): SQLite
 * runs one writer at a time, so of concurrent claims the first changes the row and every other
 * finds it claimed.
 */
export function sqliteOrders(db: Database.Database): OrderRepository {
  const prepared = statementCache(db);
  const insert = db.prepare(insertOrderSql);
  const byId = db.prepare<[string], OrderRow>('SELECT * FROM service_orders WHERE id = ?');
  const overdue = db.prepare<[number, number], OrderRow>(
    `SELECT * FROM service_orders INDEXED BY service_orders_awaiting_claim
     WHERE state = 'placed' AND escalated_at IS NULL AND respond_by < ? ORDER BY respond_by, id LIMIT ?`,
  );

  // Once a night: only the orders closed by the cutoff are read (index service_orders_closed).
  const eraseContacts = db.prepare<[number]>(
    `UPDATE service_orders SET address = '', contact_phone = ''
     WHERE closed_at <= ? AND state IN ('confirmed', 'cancelled') AND (address != '' OR contact_phone != '')`,
  );

  function findById(id: string): OrderRecord | null {
    const row = byId.get(id);
    return row ? toOrder(row) : null;
  }

  const changeTx = db.transaction((id: string, change: OrderChange, now: number): OrderRecord | null => {
    const applied = prepared(changeSql(change)).run(changeParams(id, change, now)).changes === 1;
    const stored = findById(id);
    if (applied) return stored;
    return standsAsChanged(stored, change) ? stored : null;
  });

  return {
    async place(order) {
      insert.run(orderParams(order));
      return findById(order.id)!;
    },
    async findById(id) {
      return findById(id);
    },
    async change(id, change, now) {
      if (change.from.length === 0) return null;
      return changeTx(id, change, now);
    },
    async list(query) {
      return listOrders(prepared, query);
    },
    async listOverdueForClaim(now, limit) {
      if (limit <= 0) return [];
      return overdue.all(now, limit).map(toOrder);
    },
    async eraseContactsClosedBefore(before) {
      return eraseContacts.run(before).changes;
    },
  };
}

/** `UPDATE ... SET <patched columns> WHERE id AND state IN from [AND claimant] [AND not escalated]`. */
function changeSql(change: OrderChange): string {
  const assignments = [
    ...patchedFields(change).map(([field]) => `${patchColumns[field]} = @${field}`),
    'updated_at = @now',
  ];
  const conditions = ['id = @id', 'state IN (SELECT value FROM json_each(@from))'];
  if (change.claimantId === null) conditions.push('claimant_id IS NULL');
  else if (change.claimantId !== undefined) conditions.push('claimant_id = @holder');
  if (change.notEscalated) conditions.push('escalated_at IS NULL');
  return `UPDATE service_orders SET ${assignments.join(', ')} WHERE ${conditions.join(' AND ')}`;
}

function changeParams(id: string, change: OrderChange, now: number): Record<string, unknown> {
  return {
    ...Object.fromEntries(patchedFields(change)),
    id,
    now,
    from: JSON.stringify(change.from),
    ...(typeof change.claimantId === 'string' ? { holder: change.claimantId } : {}),
  };
}

/** The list's range: the claimant's, else the resident's, else the community's orders. */
function leadFilter(query: OrderListQuery): { column: string; value: string } | null {
  if (query.claimantId !== undefined) return { column: 'claimant_id', value: query.claimantId };
  if (query.residentId !== undefined) return { column: 'resident_id', value: query.residentId };
  if (query.communityId !== undefined) return { column: 'community_id', value: query.communityId };
  return null;
}

/**
 * One arm per state, each a range scan of the lead column's index (lead, state, placed_at, id),
 * merged by UNION ALL under the shared ORDER BY, so a page reads about `limit` rows per state.
 * The other filters given narrow each arm.
 */
function listOrders(prepared: StatementCache, query: OrderListQuery): Page<OrderRecord> {
  const lead = leadFilter(query);
  const states = [...new Set(query.states ?? orderStates)];
  if (!lead || states.length === 0 || query.limit <= 0) return { items: [], next: null };
  const after = rowsAfter('placed_at', 'id', 'newest', query.after);
  const narrowing = (
    [
      ['community_id', 'communityId'],
      ['resident_id', 'residentId'],
      ['claimant_id', 'claimantId'],
    ] as const
  )
    .filter(([column, field]) => column !== lead.column && query[field] !== undefined)
    .map(([column, field]) => `${column} = @${field}`);
  const arms = states.map((_, i) =>
    [`SELECT * FROM service_orders WHERE ${lead.column} = @lead AND state = @state${i}`, ...narrowing, after.sql].join(
      ' AND ',
    ),
  );
  const rows = prepared<OrderRow>(`${arms.join(' UNION ALL ')} ORDER BY placed_at DESC, id DESC LIMIT @limit`).all({
    lead: lead.value,
    ...Object.fromEntries(states.map((state, i) => [`state${i}`, state])),
    ...pickFilters(query),
    ...after.params,
    limit: query.limit + 1,
  });
  return toPage(rows.map(toOrder), query.limit, (order) => ({ at: order.placedAt, id: order.id }));
}

function pickFilters(query: OrderListQuery): Record<string, string> {
  const filters: Record<string, string> = {};
  if (query.communityId !== undefined) filters.communityId = query.communityId;
  if (query.residentId !== undefined) filters.residentId = query.residentId;
  if (query.claimantId !== undefined) filters.claimantId = query.claimantId;
  return filters;
}
