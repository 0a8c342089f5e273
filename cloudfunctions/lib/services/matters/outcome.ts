import { AppError } from '@domain/errors';
import { canReopen } from '@domain/matters/reopen';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { detail } from './browse';
import { prepareUnqueuedTexts } from './publishText';
import { commandId } from '../commandIds';
import { applyTransition, ownEarlierEntry } from './transition';
import { visibleMatter } from './viewer';

/** The author rates the resolution; a rating closes the matter (办结). */
export async function rate(ctx: ActionContext, input: { matterId: string; score: number; comment: string }) {
  const user = requireUser(ctx.caller);
  const matter = await visibleMatter(ctx.deps, ctx.caller, input.matterId);
  if (matter.authorId !== user.id) throw new AppError('FORBIDDEN', '只有提出人可以评价');
  // A retry whose earlier attempt stored the rating (and failed after) answers as that attempt would have.
  const entryId = commandId(ctx, 't', 'matter.rate');
  if (await ownEarlierEntry(ctx.deps, matter.id, entryId))
    return { matter: await detail(ctx, { matterId: matter.id }) };
  if (matter.rating) throw new AppError('CONFLICT', '您已经评价过了');
  const { texts } = await prepareUnqueuedTexts(
    ctx.deps,
    { comment: input.comment },
    { openid: ctx.caller.openid, scene: 'comment' },
  );
  const rating = { score: input.score, comment: texts.comment, at: ctx.deps.clock.now() };
  await applyTransition(ctx.deps, matter, {
    transition: 'close',
    actor: 'author',
    actorId: user.id,
    actorRole: 'resident',
    note: `评价${input.score}分${texts.comment ? `：${texts.comment}` : ''}`,
    patch: { rating },
    entryId,
  });
  return { matter: await detail(ctx, { matterId: matter.id }) };
}

/**
 * The author decides, at any time, whether other residents see their name. A matter a cadre raised
 * for a resident carries the choice the resident told the cadre; the resident may change it here.
 * The committee always sees who it is.
 */
export async function setAnonymous(ctx: ActionContext, input: { matterId: string; anonymous: boolean }) {
  const user = requireUser(ctx.caller);
  const matter = await visibleMatter(ctx.deps, ctx.caller, input.matterId);
  if (matter.authorId !== user.id) throw new AppError('FORBIDDEN', '只有提出人可以修改是否匿名');
  if (matter.anonymous !== input.anonymous) {
    await ctx.deps.storage.matters.update(matter.id, { anonymous: input.anonymous }, ctx.deps.clock.now());
  }
  return { matter: await detail(ctx, { matterId: matter.id }) };
}

/** Within 7 days of the resolution, an unsatisfied author may reopen the matter. */
export async function reopen(ctx: ActionContext, input: { matterId: string; reason: string }) {
  const user = requireUser(ctx.caller);
  const matter = await visibleMatter(ctx.deps, ctx.caller, input.matterId);
  if (matter.authorId !== user.id) throw new AppError('FORBIDDEN', '只有提出人可以重新打开');
  // A retry whose earlier attempt reopened the matter (and failed after) answers as that attempt would have.
  const entryId = commandId(ctx, 't', 'matter.reopen');
  if (await ownEarlierEntry(ctx.deps, matter.id, entryId))
    return { matter: await detail(ctx, { matterId: matter.id }) };
  if (matter.state === 'resolved' && (!matter.resolvedAt || !canReopen(matter.resolvedAt, ctx.deps.clock.now()))) {
    throw new AppError('INVALID_STATE', '已超过7天，不能重新打开，可以重新提出一件说事');
  }
  const { texts } = await prepareUnqueuedTexts(
    ctx.deps,
    { reason: input.reason },
    { openid: ctx.caller.openid, scene: 'comment' },
  );
  await applyTransition(ctx.deps, matter, {
    transition: 'reopen',
    actor: 'author',
    actorId: user.id,
    actorRole: 'resident',
    note: texts.reason,
    patch: { resolvedAt: null },
    entryId,
  });
  return { matter: await detail(ctx, { matterId: matter.id }) };
}
