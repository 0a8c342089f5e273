import { DELETED_USER_NAME } from '@domain/accountErasure';
import { maskAddress, maskPhone } from '@domain/masking';
import type { OrderView } from '@domain/service/views';
import { volunteerDisplayName } from '@domain/service/volunteers';
import type { Deps } from '../../deps';
import type { OrderRecord } from '../../ports/service';
import type { UserRecord } from '../../ports/storage';
import {
  allowedActions,
  isClaimant,
  isCommitteeOf,
  maySeeContact,
  overdue,
  speaksForResident,
  type OrderReader,
} from './orderAccess';

type UsersById = ReadonlyMap<string, UserRecord>;

/** The people an order names: its resident, its claimant and a family member to tell (one read for a page of orders). */
export function peopleOf(orders: readonly OrderRecord[]): string[] {
  const ids = orders.flatMap((o) => [o.residentId, o.claimantId, o.onBehalf?.familyId ?? null]);
  return [...new Set(ids.filter((id): id is string => !!id))];
}

export async function usersOf(deps: Deps, orders: readonly OrderRecord[]): Promise<UsersById> {
  const ids = peopleOf(orders);
  if (ids.length === 0) return new Map();
  return new Map((await deps.storage.users.findByIds(ids)).map((u) => [u.id, u]));
}

/** `由陈秀英代办` wherever a 红色代办 order shows; '' for an order the resident placed. */
export function onBehalfLine(order: OrderRecord): string {
  return order.onBehalf ? `由${order.onBehalf.staffName || '社区工作人员'}代办` : '';
}

function familyName(order: OrderRecord, users: UsersById): string {
  const familyId = order.onBehalf?.familyId;
  return familyId ? users.get(familyId)?.name || DELETED_USER_NAME : '';
}

function residentName(order: OrderRecord, users: UsersById): string {
  return (order.residentId ? users.get(order.residentId)?.name : undefined) || order.onBehalf?.residentName || '居民';
}

/**
 * The resident's name in full for the order's parties and the committee; to a volunteer browsing
 * the hall only a surname (李居民), as residents see volunteers only by a display name.
 */
function residentFor(reader: OrderReader, order: OrderRecord, users: UsersById) {
  const name = residentName(order, users);
  const full = maySeeContact(reader, order);
  return { id: full ? order.residentId : null, name: full ? name : `${[...name][0] ?? ''}居民` };
}

function claimantFor(reader: OrderReader, order: OrderRecord, users: UsersById) {
  if (!order.claimantId) return null;
  const name = users.get(order.claimantId)?.name || '';
  const { user } = reader;
  // The committee and the claimant themselves see the name; the resident sees a volunteer's display name.
  const full = isCommitteeOf(user, order) || isClaimant(user, order);
  if (full) return { id: order.claimantId, name };
  if (order.takenBy === 'committee') return { id: null, name: '社区居委会' };
  // A volunteer whose account was deleted is named so, not by a display name made of that.
  return { id: null, name: !name || name === DELETED_USER_NAME ? DELETED_USER_NAME : volunteerDisplayName(name) };
}

export function toOrderView(reader: OrderReader, order: OrderRecord, users: UsersById, now: number): OrderView {
  const contact = maySeeContact(reader, order);
  return {
    id: order.id,
    itemId: order.itemId,
    itemName: order.itemName,
    category: order.category,
    state: order.state,
    details: order.details,
    wantedDate: order.wantedDate,
    wantedPeriod: order.wantedPeriod,
    address: contact ? order.address : maskAddress(order.address),
    contactPhone: contact ? order.contactPhone : maskPhone(order.contactPhone),
    resident: residentFor(reader, order, users),
    onBehalfLine: onBehalfLine(order),
    consent: contact || speaksForResident(reader.user, order) ? (order.onBehalf?.consent ?? '') : '',
    familyName: contact ? familyName(order, users) : '',
    claimant: claimantFor(reader, order, users),
    placedAt: order.placedAt,
    respondBy: order.respondBy,
    overdue: overdue(order, now),
    claimedAt: order.claimedAt,
    startedAt: order.startedAt,
    doneAt: order.doneAt,
    closedAt: order.closedAt,
    rating: order.rating,
    thanks: order.thanks,
    // A reason is for the order's parties and the committee.
    reason: contact || speaksForResident(reader.user, order) ? order.reason : '',
    standardMinutes: order.standardMinutes,
    actions: allowedActions(reader, order),
  };
}
