import { AppError } from '@domain/errors';
import type { CaseHolder, CaseState } from '@domain/casework';
import type { ActionContext } from '../../service';
import type { UserRecord } from '../../ports/storage';
import { requireUser } from '../requireUser';
import { caseDetail, caseSummaries } from './caseViews';
import { filtered, mergedPage, runsPage, type CaseSource } from './casePages';
import { readableCase } from './caseSteps';
import { partyOf } from './access';
import { streetOf } from './bodies';

/** The case page, as the caller stands to it. */
export async function caseQuery(ctx: ActionContext, input: { caseId: string }) {
  const { record, party } = await readableCase(ctx, input.caseId);
  return { case: await caseDetail(ctx.deps, party, record) };
}

/** A matter's cases on its page: the open one in full, the earlier ones as lines. */
export async function forMatter(ctx: ActionContext, input: { matterId: string }) {
  const user = requireUser(ctx.caller);
  const matter = await ctx.deps.storage.matters.findById(input.matterId);
  if (!matter || !user.communityIds.includes(matter.communityId)) throw new AppError('NOT_FOUND', '这件说事不存在');
  const all = await ctx.deps.storage.cases.listForMatter(matter.id);
  const open = all.find((c) => c.state !== 'verified' && c.state !== 'withdrawn') ?? null;
  const past = await caseSummaries(
    ctx.deps,
    all.filter((c) => c !== open),
  );
  return { current: open ? await caseDetail(ctx.deps, partyOf(user, open), open) : null, past };
}

/** Each tab's runs of states (casePages.ts runsPage): in hand, the running clocks before 挂账. */
const inboxRuns: Record<'waiting' | 'doing' | 'done', readonly (readonly CaseState[])[]> = {
  waiting: [['dispatched']],
  doing: [['accepted'], ['long_term']],
  done: [['handled']],
};

/** The bodies whose cases the user works on: its grids, or its company, department or street. */
export function bodiesOf(user: UserRecord): CaseHolder[] {
  switch (user.role) {
    case 'gridWorker':
      return user.gridIds.map((id) => ({ kind: 'grid' as const, id }));
    case 'property':
    case 'department':
    case 'street':
      return user.orgId ? [{ kind: user.role, id: user.orgId }] : [];
    default:
      return [];
  }
}

/** 承办单位's inbox: waiting to be accepted, in hand, fed back; the soonest due first. */
export async function inbox(
  ctx: ActionContext,
  input: { tab: 'waiting' | 'doing' | 'done'; cursor?: string; limit: number },
) {
  const user = requireUser(ctx.caller);
  const runs = inboxRuns[input.tab].map((states) =>
    bodiesOf(user).map(
      (holder): CaseSource =>
        (after, limit) =>
          ctx.deps.storage.cases.listForHolder({ holder, states, after, limit }),
    ),
  );
  const page = await runsPage(runs, input.cursor, input.limit);
  return { items: await caseSummaries(ctx.deps, page.items), nextCursor: page.nextCursor };
}

/**
 * 待我核查: handled cases of the grid worker's grids or the committee's communities, without the
 * ones the caller fed back themself (they may not check their own work).
 */
export async function toVerify(ctx: ActionContext, input: { cursor?: string; limit: number }) {
  const user = requireUser(ctx.caller);
  const directory = await ctx.deps.storage.places.directory();
  const communities =
    user.role === 'gridWorker'
      ? [...new Set(directory.grids.filter((g) => user.gridIds.includes(g.id)).map((g) => g.communityId))]
      : user.communityIds;
  const sources = communities.map((communityId) =>
    filtered(
      (after, limit) =>
        ctx.deps.storage.cases.listOpen({
          streetId: streetOf(directory, communityId),
          communityId,
          states: ['handled'],
          after,
          limit,
        }),
      // A grid worker checks in their own grids; nobody checks their own feedback.
      (record) =>
        record.feedback?.by !== user.id &&
        (user.role !== 'gridWorker' || (record.gridId !== null && user.gridIds.includes(record.gridId))),
    ),
  );
  const page = await mergedPage(sources, input.cursor, input.limit);
  return { items: await caseSummaries(ctx.deps, page.items), nextCursor: page.nextCursor };
}
