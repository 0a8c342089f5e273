import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor } from '@domain/pagination';
import type { ServiceCategory } from '@domain/service/categories';
import { starsFor } from '@domain/service/hours';
import { assertMayReport, assertReviewable, type VolunteerState } from '@domain/service/volunteers';
import type { VolunteerView } from '@domain/service/views';
import type { Deps } from '../../deps';
import type { VolunteerRecord } from '../../ports/service';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { volunteerIdOf } from './volunteerAccess';
import { notifyReview } from './volunteerNotices';

async function volunteerViews(deps: Deps, records: readonly VolunteerRecord[]): Promise<VolunteerView[]> {
  if (records.length === 0) return [];
  const communityIds = [...new Set(records.map((r) => r.communityId))];
  const [totals, teams] = await Promise.all([
    deps.storage.hoursLedger.totals(records.map((r) => r.userId)),
    Promise.all(communityIds.map((id) => deps.storage.serviceSetup.listTeams(id))),
  ]);
  const teamNames = new Map(teams.flat().map((t) => [t.id, t.name]));
  return records.map((r) => {
    const totalMinutes = totals.get(r.userId) ?? 0;
    return {
      id: r.id,
      userId: r.userId,
      name: r.name,
      state: r.state,
      partyMember: r.partyMember,
      workUnit: r.workUnit,
      skills: r.skills,
      categories: r.categories,
      availability: r.availability,
      gridId: r.gridId,
      teamId: r.teamId,
      teamName: r.teamId ? (teamNames.get(r.teamId) ?? '') : '',
      stationId: r.stationId,
      returnReason: r.returnReason,
      reportedAt: r.reportedAt,
      totalMinutes,
      stars: starsFor(totalMinutes),
    };
  });
}

interface ReportInput {
  partyMember: boolean;
  workUnit: string;
  skills: string;
  categories: ServiceCategory[];
  availability: string;
}

/** 双报到: the resident reports to the community they live in; the committee reviews it. */
export async function reportVolunteer(ctx: ActionContext, input: ReportInput) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user);
  const id = volunteerIdOf(communityId, user.id);
  const current = await ctx.deps.storage.volunteers.findById(id);
  const now = ctx.deps.clock.now();
  const record: VolunteerRecord = {
    id,
    userId: user.id,
    communityId,
    state: 'pending',
    name: user.name,
    partyMember: input.partyMember,
    // A work unit is asked only of in-service party members.
    workUnit: input.partyMember ? input.workUnit : '',
    skills: input.skills,
    categories: [...new Set(input.categories)],
    availability: input.availability,
    gridId: current?.gridId ?? user.gridId,
    teamId: current?.teamId ?? null,
    stationId: current?.stationId ?? null,
    returnReason: '',
    reportedAt: now,
    reviewedAt: null,
    reviewedBy: null,
    updatedAt: now,
  };
  // A retry of a report that was stored finds it pending with the same words: nothing to do again.
  if (current && ctx.earlierAttempt && current.state === 'pending' && sameReport(current, record)) {
    return { volunteer: (await volunteerViews(ctx.deps, [current]))[0] };
  }
  assertMayReport(current?.state ?? null);
  if (!(await ctx.deps.storage.volunteers.report(record))) assertMayReport('approved');
  return { volunteer: (await volunteerViews(ctx.deps, [record]))[0] };
}

function sameReport(a: VolunteerRecord, b: VolunteerRecord): boolean {
  return (
    a.partyMember === b.partyMember &&
    a.workUnit === b.workUnit &&
    a.skills === b.skills &&
    a.availability === b.availability &&
    a.categories.join() === b.categories.join()
  );
}

export async function volunteers(
  ctx: ActionContext,
  input: { communityId?: string; state?: VolunteerState; cursor?: string; limit: number },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const page = await ctx.deps.storage.volunteers.list({
    communityId,
    ...(input.state ? { state: input.state } : {}),
    after: decodeCursor(input.cursor),
    limit: input.limit,
  });
  return {
    items: await volunteerViews(ctx.deps, page.items),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

interface ReviewInput {
  volunteerId: string;
  decision: 'approve' | 'return';
  reason: string;
  gridId: string | null;
  teamId: string | null;
  stationId: string | null;
}

/** The committee approves a report (placing the volunteer) or returns it with a reason. */
export async function reviewVolunteer(ctx: ActionContext, input: ReviewInput) {
  const user = requireUser(ctx.caller);
  const { deps } = ctx;
  const record = await deps.storage.volunteers.findById(input.volunteerId);
  if (!record) throw new AppError('NOT_FOUND', '报到记录不存在');
  communityFor(user, record.communityId);
  const state = input.decision === 'approve' ? 'approved' : 'returned';
  if (ctx.earlierAttempt && record.state === state && record.reviewedBy === user.id) {
    await notifyReview(deps, record);
    return { volunteer: (await volunteerViews(deps, [record]))[0] };
  }
  assertReviewable(record.state);
  if (state === 'returned' && input.reason.length < 2) {
    throw new AppError('BAD_INPUT', '请写明退回原因', [{ path: 'reason', message: '请写明退回原因' }]);
  }
  const placement = state === 'approved' ? await checkedPlacement(deps, record.communityId, input) : null;
  const review = {
    state,
    returnReason: state === 'returned' ? input.reason : '',
    gridId: placement?.gridId ?? record.gridId,
    teamId: placement?.teamId ?? null,
    stationId: placement?.stationId ?? null,
    reviewedBy: user.id,
  } as const;
  if (!(await deps.storage.volunteers.review(record.id, review, deps.clock.now()))) {
    throw new AppError('CONFLICT', '这份报到刚刚已被审核，请刷新后再看');
  }
  const stored = (await deps.storage.volunteers.findById(record.id)) ?? { ...record, ...review };
  await notifyReview(deps, stored);
  return { volunteer: (await volunteerViews(deps, [stored]))[0] };
}

/** A placement names a grid, team and station of the volunteer's own community, or none. */
async function checkedPlacement(deps: Deps, communityId: string, input: ReviewInput) {
  const [teams, stations, directory] = await Promise.all([
    input.teamId ? deps.storage.serviceSetup.listTeams(communityId) : [],
    input.stationId ? deps.storage.serviceSetup.listStations(communityId) : [],
    input.gridId ? deps.storage.places.directory() : null,
  ]);
  const refuse = (path: string, message: string) => new AppError('BAD_INPUT', message, [{ path, message }]);
  if (input.teamId && !teams.some((t) => t.id === input.teamId)) throw refuse('teamId', '服务队不存在');
  if (input.stationId && !stations.some((s) => s.id === input.stationId)) throw refuse('stationId', '驿站不存在');
  if (input.gridId && !directory?.grids.some((g) => g.id === input.gridId && g.communityId === communityId)) {
    throw refuse('gridId', '网格不存在');
  }
  return { gridId: input.gridId, teamId: input.teamId, stationId: input.stationId };
}

export { volunteerViews };
