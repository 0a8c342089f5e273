import { route, startClock } from '@domain/casework';
import { AppError } from '@domain/errors';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { assertHolderFits, casePlaceOf, holderName } from './bodies';
import { streetBodies } from './routingBodies';

/** Whether the dispatch would take this body as the committee's choice (openCase's own check). */
function fits(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

/**
 * casework.routeSuggestion: before 派遣, the body the street's table names for this matter (or
 * the street, 首接负责), its SLA class and the due time if dispatched now, and every body of the
 * street the committee may choose instead (with a reason): those the dispatch accepts for this
 * matter's place (a grid of its community, the company managing its compound, any department,
 * its street). The place is read as the dispatch reads it (openCase.ts), so the suggestion is
 * what a dispatch without a choice does.
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
  const place = casePlaceOf(directory, matter);
  const result = route(table, { ...place, category: matter.category });
  return {
    suggested: { ...result.holder, name: holderName(directory, result.holder) },
    ruleId: result.rule?.id ?? null,
    slaClass: result.slaClass,
    dueAt: startClock(result.slaClass, deps.clock.now()).dueAt,
    choices: streetBodies(directory, community.streetId).filter((body) =>
      fits(() => assertHolderFits(directory, body, place)),
    ),
  };
}
