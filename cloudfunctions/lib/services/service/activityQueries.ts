import { decodeCursor, encodeCursor } from '@domain/pagination';
import { AppError } from '@domain/errors';
import type { Deps } from '../../deps';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { activityFor, organisedActivity } from './activityAccess';
import { codeWindow } from './activityActions';
import { currentCode } from './activityCodes';
import { activityAnswer, contextFor, readerOf, rosterLine, toActivityView } from './activityViews';

/** users.findByIds takes a page (100 ids) at a time. */
const NAMES_PER_READ = 100;

/** The community's activities (or one station's), upcoming soonest first or past newest first, with the reader's sign-ups. */
export async function activities(
  ctx: ActionContext,
  input: { communityId?: string; stationId?: string; when: 'upcoming' | 'past'; cursor?: string; limit: number },
) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const now = deps.clock.now();
  const page = await deps.storage.activities.list({
    communityId,
    ...(input.stationId ? { stationId: input.stationId } : {}),
    when: input.when,
    now,
    after: decodeCursor(input.cursor),
    limit: input.limit,
  });
  const context = await contextFor(deps, await readerOf(deps, user), page.items);
  return {
    items: page.items.map((a) => toActivityView(a, context)),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

export async function activity(ctx: ActionContext, input: { activityId: string }) {
  const user = requireUser(ctx.caller);
  const found = await activityFor(ctx.deps, user, input.activityId);
  return activityAnswer(ctx.deps, await readerOf(ctx.deps, user), found);
}

async function namesOf(deps: Deps, userIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < userIds.length; start += NAMES_PER_READ) {
    const users = await deps.storage.users.findByIds(userIds.slice(start, start + NAMES_PER_READ));
    for (const u of users) names.set(u.id, u.name);
  }
  return names;
}

/** The organiser's list: enrolled in sign-up order, the waitlist in line, then who withdrew. */
export async function activityRoster(ctx: ActionContext, input: { activityId: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await organisedActivity(deps, user, input.activityId);
  const signUps = await deps.storage.activities.roster(found.id);
  const [answer, names] = await Promise.all([
    activityAnswer(deps, await readerOf(deps, user), found),
    namesOf(
      deps,
      signUps.map((s) => s.userId),
    ),
  ]);
  return { ...answer, lines: signUps.map((s) => rosterLine(s, names)) };
}

/** The rotating code on the organiser's phone, from 30 minutes before the start to 2 hours after the end. */
export async function activityCode(ctx: ActionContext, input: { activityId: string }) {
  const { deps } = ctx;
  const found = await organisedActivity(deps, requireUser(ctx.caller), input.activityId);
  const now = deps.clock.now();
  if (found.state === 'cancelled') throw new AppError('INVALID_STATE', '活动已取消');
  if (!codeWindow(found, now)) {
    throw new AppError('INVALID_STATE', '签到码在活动开始前30分钟到结束后2小时内显示');
  }
  return currentCode(found.secret, now);
}
