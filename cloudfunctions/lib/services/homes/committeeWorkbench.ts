import type { ActionOf, ParsedInputOf } from '@domain/contract';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import type { Deps } from '../../deps';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';

type Input = ParsedInputOf<ActionOf<'home', 'committeeWorkbench'>>;

/** How many overdue matters and meetings the workbench names; the counts are always whole. */
const LISTED = 5;

/**
 * 居委会工作台: what waits for the committee in one of its communities (the one asked for, or its
 * first), as counts the database makes, and the few overdue matters and today's meetings by name.
 * Independent reads go out together.
 */
export async function committeeWorkbench(ctx: ActionContext, input: Input) {
  const communityId = communityFor(requireUser(ctx.caller), input.communityId);
  const today = shanghaiDateOf(ctx.deps.clock.now());
  const counts = ctx.deps.storage.homeCounts;
  const [moderation, overdueCount, overdue, meetings] = await Promise.all([
    counts.moderationCounts(communityId),
    counts.countOverdueEscalations(communityId, today),
    counts.listOverdueEscalations(communityId, today, LISTED),
    todaysMeetings(ctx.deps, communityId, today),
  ]);
  return {
    communityId,
    moderation,
    overdue: {
      count: overdueCount,
      items: overdue.map((m) => ({
        id: m.id,
        title: m.title,
        dueDate: m.escalation?.dueDate ?? '',
        department: m.escalation?.department ?? '',
      })),
    },
    meetings,
  };
}

/** The community's meetings scheduled today in Shanghai, each with its matter's title. */
async function todaysMeetings(deps: Deps, communityId: string, today: string) {
  const from = shanghaiWallClockToMs(today);
  const to = shanghaiWallClockToMs(addDays(today, 1));
  const meetings = await deps.storage.homeCounts.consultationsBetween(communityId, from, to, LISTED);
  if (meetings.length === 0) return [];
  const matters = await deps.storage.matters.findByIds([...new Set(meetings.map((m) => m.matterId))]);
  const titles = new Map(matters.map((m) => [m.id, m.title]));
  return meetings.map((m) => ({ ...m, matterTitle: titles.get(m.matterId) ?? '' }));
}
