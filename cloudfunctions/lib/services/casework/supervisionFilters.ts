import type { CaseHolder } from '@domain/casework';
import type { HolderView } from '@domain/casework/views';
import type { Directory } from '@domain/places';
import type { CursorPosition } from '@domain/pagination';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { holderView } from './bodies';
import { overdue } from './clock';
import { AppError } from '@domain/errors';

const COUNT_BATCH = 100;

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
 * 督办筛选项: the street's communities with their open and overdue counts, and the bodies to filter
 * by. The counts read the street's open cases through, a page at a time.
 */
export async function supervisionFilters(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  if (user.role !== 'street' || !user.orgId) throw new AppError('FORBIDDEN', '只有街道可以督办');
  const streetId = user.orgId;
  const directory = await ctx.deps.storage.places.directory();
  const now = ctx.deps.clock.now();
  const counts = new Map<string, { open: number; overdue: number }>();
  let after: CursorPosition | null = null;
  do {
    const page = await ctx.deps.storage.cases.listOpen({ streetId, after, limit: COUNT_BATCH });
    for (const record of page.items) {
      const count = counts.get(record.communityId) ?? { open: 0, overdue: 0 };
      count.open += 1;
      if (overdue(record, now)) count.overdue += 1;
      counts.set(record.communityId, count);
    }
    after = page.next;
  } while (after !== null);
  const communities = directory.communities
    .filter((c) => c.streetId === streetId)
    .map((c) => ({ id: c.id, name: c.name, ...(counts.get(c.id) ?? { open: 0, overdue: 0 }) }));
  return { communities, holders: bodiesOfStreet(directory, streetId) };
}
