import { AppError } from '@domain/errors';
import { maskPhone } from '@domain/masking';
import { parseUserSearch } from '@domain/userSearch';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { placeOnce, type OrderFields } from './placeOrder';

/**
 * 红色代办: a committee member or a cadre orders for a resident who has no phone (an elderly person
 * at the door). A registered resident of the community is the order's resident (it counts as
 * theirs, and they see it in 我点的单); one without an account is named. How the resident agreed
 * is kept with the order, and 由<staff>代办 shows wherever the order does.
 */
export async function placeOrderFor(
  ctx: ActionContext,
  input: OrderFields & { residentId: string | null; residentName: string; consent: string; communityId?: string },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  let residentName = input.residentName;
  if (input.residentId) {
    const resident = await ctx.deps.storage.users.findById(input.residentId);
    if (!resident || resident.role !== 'resident' || resident.communityId !== communityId) {
      throw new AppError('BAD_INPUT', '找不到本社区的这位居民', [
        { path: 'residentId', message: '找不到本社区的这位居民' },
      ]);
    }
    residentName = resident.name || residentName;
  }
  return placeOnce(ctx, user, communityId, input, {
    residentId: input.residentId,
    onBehalf: { staffId: user.id, staffName: user.name, consent: input.consent, residentName },
  });
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
