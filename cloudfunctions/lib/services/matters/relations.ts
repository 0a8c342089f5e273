import { AppError } from '@domain/errors';
import { isActiveState, isPublicState } from '@domain/matters/states';
import type { ActionContext } from '../../service';
import { checkedConsent } from '../notifications/consent';
import { requireUser } from '../requireUser';
import { commandId } from '../commandIds';
import { applyTransition, ownEarlierEntry } from './transition';
import { visibleMatter } from './viewer';

/** 3 flags hide a matter or comment until the committee has looked at it. */
export const AUTO_HIDE_FLAGS = 3;

/** Supports the matter, and records the progress messages accepted in the same tap's consent dialog. */
export async function support(ctx: ActionContext, input: { matterId: string; acceptedTemplateIds?: string[] }) {
  const { caller, deps } = ctx;
  const user = requireUser(caller);
  const consent = checkedConsent(ctx, 'matter', input.acceptedTemplateIds);
  const matter = await visibleMatter(deps, caller, input.matterId);
  if (!isActiveState(matter.state)) throw new AppError('INVALID_STATE', '这件说事已办结，不能再附议');
  if (matter.authorId === user.id) throw new AppError('CONFLICT', '不能附议自己提出的说事');
  await deps.storage.matters.addSupport(matter.id, user.id, deps.clock.now());
  const after = await deps.storage.matters.findById(matter.id);
  await consent.record(user.id);
  return { supported: true, supportCount: after?.supportCount ?? matter.supportCount };
}

export async function unsupport({ caller, deps }: ActionContext, input: { matterId: string }) {
  const user = requireUser(caller);
  const matter = await visibleMatter(deps, caller, input.matterId);
  await deps.storage.matters.removeSupport(matter.id, user.id);
  const after = await deps.storage.matters.findById(matter.id);
  return { supported: false, supportCount: after?.supportCount ?? matter.supportCount };
}

/** Follows the matter, and records the progress messages accepted in the same tap's consent dialog. */
export async function follow(ctx: ActionContext, input: { matterId: string; acceptedTemplateIds?: string[] }) {
  const { caller, deps } = ctx;
  const user = requireUser(caller);
  const consent = checkedConsent(ctx, 'matter', input.acceptedTemplateIds);
  const matter = await visibleMatter(deps, caller, input.matterId);
  await deps.storage.matters.addFollow(matter.id, user.id, deps.clock.now());
  await consent.record(user.id);
  return { following: true };
}

export async function unfollow({ caller, deps }: ActionContext, input: { matterId: string }) {
  const user = requireUser(caller);
  const matter = await visibleMatter(deps, caller, input.matterId);
  await deps.storage.matters.removeFollow(matter.id, user.id);
  return { following: false };
}

export async function flag(
  ctx: ActionContext,
  input: { targetType: 'matter' | 'comment'; targetId: string; reason: string },
) {
  return input.targetType === 'matter'
    ? flagMatter(ctx, input.targetId, input.reason)
    : flagComment(ctx, input.targetId, input.reason);
}

async function flagMatter(ctx: ActionContext, matterId: string, reason: string) {
  const { caller, deps } = ctx;
  const user = requireUser(caller);
  // The auto-hide's timeline entry id comes from the request: a retry whose earlier attempt hid
  // the matter (which the flagger can no longer see) recognises it and answers as that attempt would.
  const entryId = commandId(ctx, 't', `matter.flag:${matterId}`);
  if (await ownEarlierEntry(deps, matterId, entryId)) return { flagged: true };
  const matter = await visibleMatter(deps, caller, matterId);
  if (!isPublicState(matter.state)) throw new AppError('INVALID_STATE', '这件说事尚未公开');
  const { flagCount } = await deps.storage.matters.addFlag(matter.id, user.id, reason, deps.clock.now());
  // Whether or not this call added the flag (a retry finds its own counted already): a review
  // clears the flags, so a public matter with this many has not been hidden yet.
  if (flagCount >= AUTO_HIDE_FLAGS) {
    await applyTransition(deps, matter, {
      transition: 'autoHide',
      actor: 'system',
      actorId: null,
      actorRole: 'system',
      note: `${flagCount}人举报`,
      entryId,
    }).catch((error: unknown) => {
      // Already hidden by someone else meanwhile: the flag is recorded either way.
      if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
    });
  }
  return { flagged: true };
}

async function flagComment({ caller, deps }: ActionContext, commentId: string, reason: string) {
  const user = requireUser(caller);
  const comment = await deps.storage.comments.findById(commentId);
  if (!comment) throw new AppError('NOT_FOUND', '评论不存在');
  await visibleMatter(deps, caller, comment.matterId);
  // Hidden by flags (a review clears them) with this user's among them: a retry whose earlier
  // attempt added the deciding flag and hid the comment; nothing is left to do.
  if (comment.state === 'hidden' && comment.flagCount >= AUTO_HIDE_FLAGS) {
    if (await deps.storage.comments.findFlag(comment.id, user.id)) return { flagged: true };
  }
  if (comment.state !== 'visible') throw new AppError('NOT_FOUND', '评论不存在');
  const { flagCount } = await deps.storage.comments.addFlag(comment.id, user.id, reason, deps.clock.now());
  // As for matters: a retry finds its flag counted already and still hides a visible comment.
  if (flagCount >= AUTO_HIDE_FLAGS) await deps.storage.comments.setState(comment.id, 'hidden');
  return { flagged: true };
}
