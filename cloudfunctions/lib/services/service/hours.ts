import { AppError } from '@domain/errors';
import { decodeCursor, encodeCursor } from '@domain/pagination';
import { hoursToNextStar, starsFor } from '@domain/service/hours';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { volunteerIdOf } from './volunteerAccess';

/** Whose hours the caller asks for: their own (a resident), or a volunteer of the committee's community. */
async function volunteerAsked(ctx: ActionContext, volunteerUserId: string | undefined) {
  const user = requireUser(ctx.caller);
  if (user.role === 'resident') {
    if (volunteerUserId && volunteerUserId !== user.id) throw new AppError('FORBIDDEN', '只能查看自己的志愿时长');
    return { userId: user.id, name: user.name, communityId: communityFor(user) };
  }
  if (!volunteerUserId)
    throw new AppError('BAD_INPUT', '请选择志愿者', [{ path: 'volunteerUserId', message: '请选择志愿者' }]);
  // A committee member may serve several communities: the volunteer is theirs in one of them.
  for (const communityId of user.communityIds) {
    const record = await ctx.deps.storage.volunteers.findById(volunteerIdOf(communityId, volunteerUserId));
    if (record) return { userId: record.userId, name: record.name, communityId };
  }
  throw new AppError('NOT_FOUND', '本社区没有这位志愿者');
}

export async function hours(ctx: ActionContext, input: { volunteerUserId?: string; cursor?: string; limit: number }) {
  const volunteer = await volunteerAsked(ctx, input.volunteerUserId);
  const [totals, page] = await Promise.all([
    ctx.deps.storage.hoursLedger.totals([volunteer.userId]),
    ctx.deps.storage.hoursLedger.list(volunteer.userId, decodeCursor(input.cursor), input.limit),
  ]);
  const totalMinutes = totals.get(volunteer.userId) ?? 0;
  return {
    volunteer: { userId: volunteer.userId, name: volunteer.name },
    totalMinutes,
    stars: starsFor(totalMinutes),
    hoursToNextStar: hoursToNextStar(totalMinutes),
    entries: {
      items: page.items.map((e) => ({
        id: e.id,
        kind: e.kind,
        minutes: e.minutes,
        note: e.note,
        evidence: e.evidence,
        at: e.at,
      })),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    },
  };
}

/**
 * Honour hours (or a correction, when negative) the committee adds with a reason and evidence:
 * a new ledger entry (entries never change) and an audit line, both once per request.
 */
export async function addHonourHours(
  ctx: ActionContext,
  input: { volunteerUserId: string; minutes: number; reason: string; evidence: string },
) {
  const user = requireUser(ctx.caller);
  const volunteer = await volunteerAsked(ctx, input.volunteerUserId);
  const id = commandId(ctx, 'h', 'service.addHonourHours');
  const now = ctx.deps.clock.now();
  await ctx.deps.storage.hoursLedger.append({
    id,
    volunteerUserId: volunteer.userId,
    communityId: volunteer.communityId,
    kind: input.minutes > 0 ? 'honour' : 'correction',
    minutes: input.minutes,
    refId: null,
    note: input.reason,
    evidence: input.evidence,
    recordedBy: user.id,
    at: now,
  });
  await ctx.deps.storage.audit.append({
    id: `audit:${id}`,
    actorId: user.id,
    actorName: user.name,
    action: 'service.addHonourHours',
    targetType: 'user',
    targetId: volunteer.userId,
    communityId: volunteer.communityId,
    before: null,
    after: { minutes: input.minutes, reason: input.reason, evidence: input.evidence },
    at: now,
  });
  const total = (await ctx.deps.storage.hoursLedger.totals([volunteer.userId])).get(volunteer.userId) ?? 0;
  return { totalMinutes: total, stars: starsFor(total) };
}
