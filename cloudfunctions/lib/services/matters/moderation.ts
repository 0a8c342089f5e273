import { AppError, isAppError } from '@domain/errors';
import { nextState, type MatterTransition } from '@domain/matters/transitions';
import type { ActionContext } from '../../service';
import type { CommentState, MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { auditCommitteeAction } from './audit';
import { applyTransitionOnce } from './transition';
import { committeeMatter } from './viewer';
import { notify } from '../notifications/notify';

type Decision = 'approve' | 'reject' | 'hide' | 'unhide' | 'keep';

/** Bulk moderation: each item succeeds or fails on its own, and says why. */
export async function moderate(
  ctx: ActionContext,
  input: { targetType: 'matter' | 'comment'; targetIds: string[]; decision: Decision; reason: string },
) {
  if (input.decision === 'reject' && input.reason.trim().length < 2) {
    throw new AppError('BAD_INPUT', '驳回时请填写原因', [{ path: 'reason', message: '驳回时请填写原因' }]);
  }
  const results = [];
  for (const id of [...new Set(input.targetIds)]) {
    try {
      if (input.targetType === 'matter') await moderateMatter(ctx, id, input.decision, input.reason);
      else await moderateComment(ctx, id, input.decision, input.reason);
      results.push({ id, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ id, ok: false, code: error.code, message: error.message });
    }
  }
  return { results };
}

const matterTransitionOf: Record<Exclude<Decision, 'keep'>, MatterTransition> = {
  approve: 'approve',
  reject: 'reject',
  hide: 'hide',
  unhide: 'unhide',
};

/**
 * Each target's writes carry ids derived from the request id and the target, so a retry after a
 * failure recognises what an earlier attempt did: a transition by its timeline entry, a keep or a
 * comment decision by its audit line (written first, as the record of the decision), and finishes
 * the rest; flags, audit lines and notifications are idempotent.
 */
function stepOf(targetId: string): string {
  return `matter.moderate:${targetId}`;
}

async function moderateMatter(ctx: ActionContext, matterId: string, decision: Decision, reason: string) {
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(ctx.deps, ctx.caller, matterId);
  const auditId = commandId(ctx, 'a', stepOf(matter.id));
  if (decision === 'keep') return keepMatter(ctx, user, matter, reason, auditId);
  const entryId = commandId(ctx, 't', stepOf(matter.id));
  const { matter: updated, fromState } = await applyTransitionOnce(ctx.deps, matter, {
    transition: matterTransitionOf[decision],
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: reason,
    patch: decision === 'reject' ? { rejectionReason: reason } : decision === 'approve' ? { needsReview: false } : {},
    entryId,
  });
  if (decision === 'hide' || decision === 'unhide') await ctx.deps.storage.matters.clearFlags(matter.id);
  await auditCommitteeAction(ctx, user, {
    id: auditId,
    action: `matter.moderate.${decision}`,
    targetType: 'matter',
    targetId: matter.id,
    communityId: matter.communityId,
    before: { state: fromState },
    after: { state: updated.state, ...(reason ? { reason } : {}) },
  });
  if (decision === 'approve' || decision === 'reject') {
    await notify(ctx.deps, {
      kind: decision === 'approve' ? 'matter_approved' : 'matter_rejected',
      userIds: [matter.authorId],
      communityId: matter.communityId,
      ref: { type: 'matter', id: matter.id },
      title: matter.title,
      ...(decision === 'reject' ? { facts: { reason } } : {}),
      dedupeKey: `${decision}:${matter.id}:${entryId}`,
      at: ctx.deps.clock.now(),
    });
  }
}

/** Reviewed a flagged matter and leave it as it is (visible, or hidden): only the flags go. */
async function keepMatter(ctx: ActionContext, user: UserRecord, matter: MatterRecord, reason: string, auditId: string) {
  const earlier = await ctx.deps.storage.audit.findById(auditId);
  if (!earlier) {
    if (matter.flagCount === 0) throw new AppError('INVALID_STATE', '这件说事没有待处理的举报');
    await auditCommitteeAction(ctx, user, {
      id: auditId,
      action: 'matter.moderate.keep',
      targetType: 'matter',
      targetId: matter.id,
      communityId: matter.communityId,
      before: { state: matter.state, flagCount: matter.flagCount },
      after: { state: matter.state, flagCount: 0, ...(reason ? { reason } : {}) },
    });
  }
  await ctx.deps.storage.matters.clearFlags(matter.id);
}

const commentStateOf: Record<Decision, CommentState | null> = {
  approve: 'visible',
  unhide: 'visible',
  reject: 'hidden',
  hide: 'hidden',
  keep: null,
};

async function moderateComment(ctx: ActionContext, commentId: string, decision: Decision, reason: string) {
  const user = requireUser(ctx.caller);
  const comment = await ctx.deps.storage.comments.findById(commentId);
  if (!comment) throw new AppError('NOT_FOUND', '评论不存在');
  if (!user.communityIds.includes(comment.communityId)) throw new AppError('OUTSIDE_COMMUNITY');
  const to = commentStateOf[decision] ?? comment.state;
  const auditId = commandId(ctx, 'a', stepOf(comment.id));
  // An audit line under this id: an earlier attempt decided, and this retry finishes its writes.
  if (!(await ctx.deps.storage.audit.findById(auditId))) {
    if (
      (decision === 'approve' && comment.state !== 'pending_review') ||
      (decision === 'unhide' && comment.state !== 'hidden')
    ) {
      throw new AppError('INVALID_STATE');
    }
    if (decision === 'keep' && comment.flagCount === 0) throw new AppError('INVALID_STATE', '这条评论没有待处理的举报');
    await auditCommitteeAction(ctx, user, {
      id: auditId,
      action: `matter.moderate.${decision}`,
      targetType: 'comment',
      targetId: comment.id,
      communityId: comment.communityId,
      before: { state: comment.state },
      after: { state: to, ...(reason ? { reason } : {}) },
    });
  }
  if (to !== comment.state) await ctx.deps.storage.comments.setState(comment.id, to);
  await ctx.deps.storage.comments.clearFlags(comment.id);
}

export async function pin(ctx: ActionContext, input: { matterId: string; pinned: boolean }) {
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(ctx.deps, ctx.caller, input.matterId);
  await ctx.deps.storage.matters.update(matter.id, { pinned: input.pinned }, ctx.deps.clock.now());
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.pin'),
    action: 'matter.pin',
    targetType: 'matter',
    targetId: matter.id,
    communityId: matter.communityId,
    before: { pinned: matter.pinned },
    after: { pinned: input.pinned },
  });
  return { pinned: input.pinned };
}

/** The duplicate closes and points to the kept matter; its supporters and followers move over. */
export async function merge(ctx: ActionContext, input: { matterId: string; intoId: string }) {
  const user = requireUser(ctx.caller);
  if (input.matterId === input.intoId)
    throw new AppError('BAD_INPUT', '不能合并到自己', [{ path: 'intoId', message: '不能合并到自己' }]);
  const duplicate = await committeeMatter(ctx.deps, ctx.caller, input.matterId);
  const kept = await committeeMatter(ctx.deps, ctx.caller, input.intoId);
  if (kept.communityId !== duplicate.communityId) throw new AppError('OUTSIDE_COMMUNITY');
  if (kept.mergedIntoId || ['hidden', 'rejected', 'pending_review'].includes(kept.state)) {
    throw new AppError('INVALID_STATE', '只能合并到一件已公开的说事');
  }
  // Refuse before anything moves, unless an earlier attempt of this merge already closed it.
  if (duplicate.mergedIntoId !== kept.id) nextState(duplicate.state, 'merge', 'committee');
  // Relations move first: moving again moves nothing, so a retry after a failure here is safe.
  const counts = await ctx.deps.storage.matters.moveRelations(duplicate.id, kept.id, ctx.deps.clock.now());
  const { fromState } = await applyTransitionOnce(ctx.deps, duplicate, {
    transition: 'merge',
    actor: 'committee',
    actorId: user.id,
    actorRole: 'committee',
    note: `合并到“${kept.title}”`,
    patch: { mergedIntoId: kept.id },
    entryId: commandId(ctx, 't', 'matter.merge'),
  });
  await auditCommitteeAction(ctx, user, {
    id: commandId(ctx, 'a', 'matter.merge'),
    action: 'matter.merge',
    targetType: 'matter',
    targetId: duplicate.id,
    communityId: duplicate.communityId,
    before: { state: fromState, supportCount: duplicate.supportCount },
    after: { state: 'closed', mergedIntoId: kept.id, keptSupportCount: counts.supportCount },
  });
  return counts;
}
