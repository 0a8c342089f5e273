import type { CaseHolder } from '@domain/casework';
import type { HolderView } from '@domain/casework/views';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { holderView } from './bodies';
import { AppError } from '@domain/errors';

/** Every body a case of this street can go to: its grids, the property companies of its compounds, the district's departments, itself. */
export function bodiesOfStreet(directory: Directory, streetId: string): HolderView[] {
  const street = directory.streets.find((s) => s.id === streetId);
  const communityIds = new Set(directory.communities.filter((c) => c.streetId === streetId).map((c) => c.id));
  const compoundIds = new Set(directory.compounds.filter((c) => communityIds.has(c.communityId)).map((c) => c.id));
  const holders: CaseHolder[] = [
    ...directory.grids.filter((g) => communityIds.has(g.communityId)).map((g) => ({ kind: 'grid' as const, id: g.id })),
    ...directory.propertyCompanies
      .filter((p) => p.compoundIds.some((id) => compoundIds.has(id)))
      .map((p) => ({ kind: 'property' as const, id: p.id })),
    ...directory.departments
      .filter((d) => !street || d.districtId === street.districtId)
      .map((d) => ({ kind: 'department' as const, id: d.id })),
    { kind: 'street', id: streetId },
  ];
  return holders.map((holder) => holderView(directory, holder));
}

/**
 * 督办筛选项: the street's communities with their open and overdue counts (counted by the
 * database), and the bodies to filter by.
 */
export async function supervisionFilters(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  if (user.role !== 'street' || !user.orgId) throw new AppError('FORBIDDEN', '只有街道可以督办');
  const streetId = user.orgId;
  const directory = await ctx.deps.storage.places.directory();
  const counts = new Map(
    (await ctx.deps.storage.cases.countOpenByCommunity(streetId, ctx.deps.clock.now())).map((c) => [c.communityId, c]),
  );
  const communities = directory.communities
    .filter((c) => c.streetId === streetId)
    .map((c) => ({
      id: c.id,
      name: c.name,
      open: counts.get(c.id)?.open ?? 0,
      overdue: counts.get(c.id)?.overdue ?? 0,
    }));
  return { communities, holders: bodiesOfStreet(directory, streetId) };
}
