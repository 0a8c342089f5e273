import { AppError } from '@domain/errors';
import { clockRunningStates, type CaseState, type HolderKind } from '@domain/casework';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import { requireUser } from '../requireUser';
import { caseSummaries } from './caseViews';
import { runsPage, type CaseSource } from './casePages';

/*
 * 街道督办, the most urgent first: the cases whose clock runs (dispatched, accepted, returned),
 * soonest due first so the overdue lead; then the ones waiting on something other than their
 * holder's clock (a check on site, a 挂账 plan), whose due times are old and would otherwise push
 * ahead of every red case (runsPage in casePages.ts).
 */
const phases: Record<'running' | 'waiting', readonly CaseState[]> = {
  running: clockRunningStates,
  waiting: ['handled', 'long_term'],
};

interface SupervisionInput {
  communityId?: string;
  holderKind?: HolderKind;
  holderId?: string;
  overdueOnly: boolean;
  cursor?: string;
  limit: number;
}

function streetIdOf(user: UserRecord): string {
  if (user.role !== 'street' || !user.orgId) throw new AppError('FORBIDDEN', '只有街道可以督办');
  return user.orgId;
}

/** Every open case of the street, filtered by community and body, overdue in red. */
export async function supervision(ctx: ActionContext, input: SupervisionInput) {
  const user = requireUser(ctx.caller);
  const streetId = streetIdOf(user);
  if (input.holderId !== undefined && input.holderKind === undefined) {
    throw new AppError('BAD_INPUT', '请先选择承办单位类型', [{ path: 'holderKind', message: '请先选择承办单位类型' }]);
  }
  if (input.communityId !== undefined && !user.communityIds.includes(input.communityId)) {
    throw new AppError('OUTSIDE_COMMUNITY', '只能督办本街道的社区');
  }
  const now = ctx.deps.clock.now();
  const sourceOf =
    (phase: 'running' | 'waiting'): CaseSource =>
    (after, limit) =>
      ctx.deps.storage.cases.listOpen({
        streetId,
        ...(input.communityId !== undefined ? { communityId: input.communityId } : {}),
        ...(input.holderKind !== undefined ? { holderKind: input.holderKind } : {}),
        ...(input.holderId !== undefined ? { holderId: input.holderId } : {}),
        // Overdue means a running clock past now: only the first run has any.
        ...(input.overdueOnly ? { overdueAt: now } : { states: phases[phase] }),
        after,
        limit,
      });
  const runs = input.overdueOnly ? [[sourceOf('running')]] : [[sourceOf('running')], [sourceOf('waiting')]];
  const { items, nextCursor } = await runsPage(runs, input.cursor, input.limit);
  return { items: await caseSummaries(ctx.deps, items), nextCursor };
}
