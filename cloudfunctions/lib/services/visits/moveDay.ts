import { shanghaiDateOf } from '../../../../src/domain/time';
import { validateMove } from '../../../../src/domain/visits/days';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { days } from './resident';

/** A committee moves one visit day of its community (a holiday), with the reason residents see. */
export async function moveVisitDay(
  ctx: ActionContext,
  input: { communityId?: string; originalDate: string; movedTo: string; reason: string },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const now = ctx.deps.clock.now();
  validateMove(input.originalDate, input.movedTo, shanghaiDateOf(now));
  await ctx.deps.storage.visitDayMoves.save({
    communityId,
    originalDate: input.originalDate,
    movedTo: input.movedTo,
    reason: input.reason,
    movedBy: user.id,
    createdAt: now,
  });
  await ctx.deps.storage.audit.append({
    id: ctx.deps.ids.newId(),
    actorId: user.id,
    actorName: user.name || '居委会',
    action: 'visit.moveVisitDay',
    targetType: 'visitDay',
    targetId: `${communityId}:${input.originalDate}`,
    communityId,
    before: { date: input.originalDate },
    after: { date: input.movedTo, reason: input.reason },
    at: now,
  });
  return { days: (await days(ctx, { communityId })).days };
}
