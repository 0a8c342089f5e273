import type { ServiceCategory } from '@domain/service/categories';
import type { ServiceTaker } from '@domain/service/menu';
import type { OrderState } from '@domain/service/orders';
import { withFamily, type OnBehalfRecord } from '../../ports/onBehalf';
import type { OrderRecord } from '../../ports/service';
import type { PatchField } from '../orderChanges';
import { jsonOrNull, parseJsonOrNull } from './queryHelpers';

/** A service order as `service_orders` holds it: 红色代办's record is one JSON column. */
export interface OrderRow {
  id: string;
  community_id: string;
  item_id: string;
  item_name: string;
  category: ServiceCategory;
  taken_by: ServiceTaker;
  taker_id: string | null;
  standard_minutes: number;
  resident_id: string;
  on_behalf_json: string | null;
  details: string;
  wanted_date: string;
  wanted_period: OrderRecord['wantedPeriod'];
  address: string;
  contact_phone: string;
  state: OrderState;
  claimant_id: string | null;
  claimed_at: number | null;
  started_at: number | null;
  done_at: number | null;
  closed_at: number | null;
  rating: number | null;
  thanks: string;
  reason: string;
  placed_at: number;
  respond_by: number;
  escalated_at: number | null;
  updated_at: number;
}

export function toOrder(row: OrderRow): OrderRecord {
  return {
    id: row.id,
    communityId: row.community_id,
    itemId: row.item_id,
    itemName: row.item_name,
    category: row.category,
    takenBy: row.taken_by,
    takerId: row.taker_id,
    standardMinutes: row.standard_minutes,
    residentId: row.resident_id,
    onBehalf: onBehalfOf(row.on_behalf_json),
    details: row.details,
    wantedDate: row.wanted_date,
    wantedPeriod: row.wanted_period,
    address: row.address,
    contactPhone: row.contact_phone,
    state: row.state,
    claimantId: row.claimant_id,
    claimedAt: row.claimed_at,
    startedAt: row.started_at,
    doneAt: row.done_at,
    closedAt: row.closed_at,
    rating: row.rating,
    thanks: row.thanks,
    reason: row.reason,
    placedAt: row.placed_at,
    respondBy: row.respond_by,
    escalatedAt: row.escalated_at,
    updatedAt: row.updated_at,
  };
}

export const insertOrderSql = `INSERT INTO service_orders (id, community_id, item_id, item_name, category, taken_by,
    taker_id, standard_minutes, resident_id, on_behalf_json, details, wanted_date, wanted_period, address,
    contact_phone, state, claimant_id, claimed_at, started_at, done_at, closed_at, rating, thanks, reason, placed_at,
    respond_by, escalated_at, updated_at)
  VALUES (@id, @communityId, @itemId, @itemName, @category, @takenBy, @takerId, @standardMinutes, @residentId,
    @onBehalfJson, @details, @wantedDate, @wantedPeriod, @address, @contactPhone, @state, @claimantId, @claimedAt,
    @startedAt, @doneAt, @closedAt, @rating, @thanks, @reason, @placedAt, @respondBy, @escalatedAt, @updatedAt)
  ON CONFLICT (id) DO NOTHING`;

export function orderParams(order: OrderRecord) {
  const { onBehalf, ...fields } = order;
  return { ...fields, onBehalfJson: jsonOrNull(onBehalf) };
}

/** The column of each field a change may set; the SET list is built only from these names. */
export const patchColumns: Record<PatchField, string> = {
  state: 'state',
  claimantId: 'claimant_id',
  claimedAt: 'claimed_at',
  startedAt: 'started_at',
  doneAt: 'done_at',
  closedAt: 'closed_at',
  rating: 'rating',
  thanks: 'thanks',
  reason: 'reason',
  escalatedAt: 'escalated_at',
};

/** The stored 红色代办 record as the current shape (rows from before families were kept have no familyId). */
function onBehalfOf(json: string | null): OnBehalfRecord | null {
  const stored = parseJsonOrNull<OnBehalfRecord>(json);
  return stored ? withFamily(stored) : null;
}
