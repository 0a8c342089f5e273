import { route, startClock, type MatterPlace } from '@domain/casework';
import { AppError } from '@domain/errors';
import type { Directory } from '@domain/places';
import type { MatterRecord } from '../../ports/matters';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { holderName, streetBodies } from './routingBodies';

/**
 * Where a matter stands for routing. A matter placed in a compound but not in a grid takes the
 * compound's grid: a grid rule answers for every compound in the grid.
 */
export function matterPlaceOf(directory: Directory, matter: MatterRecord): MatterPlace {
  const compound = matter.compoundId ? directory.compounds.find((c) => c.id === matter.compoundId) : undefined;
  return {
    category: matter.category,
    communityId: matter.communityId,
    gridId: matter.gridId ?? compound?.gridId ?? null,
    compoundId: matter.compoundId,
  };
}

/**
 * casework.routeSuggestion: before 派遣, the body the street's table names for this matter (or
 * the street, 首接负责), its SLA class and the due time if dispatched now, and every body of the
 * street the committee may choose instead (with a reason).
 */
export async function routeSuggestion({ caller, deps }: ActionContext, input: { matterId: string }) {
  const user = requireUser(caller);
  const matter = await deps.storage.matters.findById(input.matterId);
  if (!matter) throw new AppError('NOT_FOUND', '这件说事不存在或已被删除');
  if (!user.communityIds.includes(matter.communityId)) throw new AppError('OUTSIDE_COMMUNITY');
  const directory = await deps.storage.places.directory();
  const community = directory.communities.find((c) => c.id === matter.communityId);
  if (!community) throw new AppError('NOT_FOUND', '这件说事所在的社区不存在');
  const table = await deps.storage.routing.table(community.streetId);
  const result = route(table, matterPlaceOf(directory, matter));
  return {
    suggested: { ...result.holder, name: holderName(directory, result.holder) },
    ruleId: result.rule?.id ?? null,
    slaClass: result.slaClass,
    dueAt: startClock(result.slaClass, deps.clock.now()).dueAt,
    choices: streetBodies(directory, community.streetId),
  };
}
