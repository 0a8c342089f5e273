import { AppError } from '@domain/errors';
import { clockRunningStates, type CaseState, type HolderKind } from '@domain/casework';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import type { CaseRecord } from '../../ports/casework';
import { requireUser } from '../requireUser';
import { caseSummaries } from './caseViews';
import { mergedPage, type CaseSource } from './casePages';

/*
 * 街道督办, the most urgent first: the cases whose clock runs (dispatched, accepted, returned),
 * soonest due first so the overdue lead; then the ones waiting on something other than their
 * holder's clock (a check on site, a 挂账 plan), whose due times are old and would otherwise push
 * ahead of every red case. The cursor says which of the two runs it continues ("r|…" or "w|…").
 */
const phases: Record<'r' | 'w', readonly CaseState[]> = {
  r: clockRunningStates,
  w: ['handled', 'long_term'],
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

function parseCursor(cursor: string | undefined): { phase: 'r' | 'w'; inner: string | undefined } {
  if (cursor === undefined) return { phase: 'r', inner: undefined };
  const phase = cursor.slice(0, 2);
  if (phase !== 'r|' && phase !== 'w|') throw new AppError('BAD_INPUT', '分页参数无效');
  return { phase: phase[0] as 'r' | 'w', inner: cursor.slice(2) || undefined };
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
    (phase: 'r' | 'w'): CaseSource =>
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
  const { phase, inner } = parseCursor(input.cursor);
  let items: CaseRecord[] = [];
  let nextCursor: string | null = null;
  if (phase === 'r') {
    const page = await mergedPage([sourceOf('r')], inner, input.limit);
    items = page.items;
    nextCursor = page.nextCursor === null ? null : `r|${page.nextCursor}`;
  }
  const runningDone = phase === 'w' || nextCursor === null;
  if (runningDone && !input.overdueOnly) {
    if (items.length < input.limit) {
      const page = await mergedPage([sourceOf('w')], phase === 'w' ? inner : undefined, input.limit - items.length);
      items = [...items, ...page.items];
      nextCursor = page.nextCursor === null ? null : `w|${page.nextCursor}`;
    } else {
      // A full page that ended the running clocks: the waiting ones follow from their start, if any.
      const waiting = await sourceOf('w')(null, 1);
      nextCursor = waiting.items.length > 0 ? 'w|' : null;
    }
  }
  return { items: await caseSummaries(ctx.deps, items), nextCursor };
}
