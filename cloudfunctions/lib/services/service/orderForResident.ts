import { maskPhone } from '@domain/masking';
import { parseUserSearch } from '@domain/userSearch';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { onBehalfOf, type OnBehalfInput } from '../onBehalf';
import { requireUser } from '../requireUser';
import { placeOnce, type OrderFields } from './placeOrder';

/**
 * 红色代办: a committee member, cadre or grid worker orders for a resident who has no phone (an
 * elderly person at the door). A registered resident of the community is the order's resident (it
 * counts as theirs, and they see it in 我点的单); one without an account is named. How the
 * resident agreed is kept with the order, and 由<staff>代办 shows wherever the order does; the
 * resident and a family member named with it are told.
 */
export async function placeOrderFor(ctx: ActionContext, input: OrderFields & OnBehalfInput & { communityId?: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  return placeOnce(ctx, user, communityId, input, await onBehalfOf(ctx, user, communityId, input));
}

/** How many residents a search for 代办 shows: enough to pick from, too few to list the community. */
const SEARCH_LIMIT = 10;

/** Residents of the community by name or phone tail, phones masked: staff pick whom they order for. */
export async function findResidents(ctx: ActionContext, input: { communityId?: string; search: string }) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const search = parseUserSearch(input.search);
  if (!search) return { items: [] };
  const page = await ctx.deps.storage.users.list({
    role: 'resident',
    communityId,
    search,
    after: null,
    limit: SEARCH_LIMIT,
  });
  return {
    items: page.items.map((u) => ({ id: u.id, name: u.name, building: u.building, phone: maskPhone(u.phone) })),
  };
}
