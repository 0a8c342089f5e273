import { AppError } from '@domain/errors';
import { assertWithinLimit, rateWindowStart } from '@domain/matters/rateLimits';
import { isPublicState } from '@domain/matters/states';
import type { ActionContext } from '../../service';
import type { MaskedKind } from '@domain/matters/textMasking';
import type { CommentRecord, MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { commandId } from '../commandIds';
import { requirePublisher } from '../requirePublisher';
import { toCommentView, usersById } from './present';
import { prepareTexts } from './publishText';
import { viewerOf, visibleMatter } from './viewer';
import { notify } from '../notifications/notify';

/** Committee members and cadres answer officially; their replies are marked as such. */
function isOfficial(role: string): boolean {
  return role === 'committee' || role === 'cadre';
}

export async function comment(
  { caller, deps, requestId }: ActionContext,
  input: { matterId: string; body: string; parentId?: string | null },
) {
  const user = requirePublisher(caller);
  const commentId = commandId({ caller, deps, requestId }, 'c', 'matter.comment');
  const matter = await visibleMatter(deps, caller, input.matterId);
  // A retry whose earlier attempt stored the comment finishes (the notification) instead of commenting twice.
  const earlier = await deps.storage.comments.findById(commentId);
  if (earlier && earlier.authorId === user.id) return published(deps, user, matter, earlier, []);
  if (!isPublicState(matter.state)) throw new AppError('INVALID_STATE', '这件说事尚未公开，暂不能评论');
  const now = deps.clock.now();
  if (user.role === 'resident') {
    assertWithinLimit('comment', await deps.storage.comments.countByAuthorSince(user.id, rateWindowStart(now)));
  }
  const parentId = await topLevelParent(deps, matter.id, input.parentId ?? null);
  const prepared = await prepareTexts(deps, { body: input.body }, { openid: caller.openid, scene: 'comment' });
  const record: CommentRecord = {
    id: commentId,
    matterId: matter.id,
    communityId: matter.communityId,
    authorId: user.id,
    parentId,
    body: prepared.texts.body,
    official: isOfficial(user.role),
    state: prepared.needsReview ? 'pending_review' : 'visible',
    flagCount: 0,
    createdAt: now,
  };
  await deps.storage.comments.create(record);
  return published(deps, user, matter, record, prepared.maskedKinds);
}

/** Tells the followers of an official reply, and answers with the comment. */
async function published(
  deps: ActionContext['deps'],
  user: UserRecord,
  matter: MatterRecord,
  record: CommentRecord,
  maskedKinds: MaskedKind[],
) {
  if (record.official && record.state === 'visible') {
    await notify(deps, {
      kind: 'official_reply',
      userIds: (await deps.storage.matters.followerIds(matter.id)).filter((id) => id !== user.id),
      communityId: matter.communityId,
      ref: { type: 'matter', id: matter.id },
      title: matter.title,
      dedupeKey: `official_reply:${record.id}`,
      at: deps.clock.now(),
    });
  }
  const users = await usersById(deps, [user.id]);
  return {
    comment: toCommentView(viewerOf(user), users, record, matter),
    maskedKinds,
    moderation: record.state === 'visible' ? ('published' as const) : ('queued' as const),
  };
}

/** One level of replies: a reply to a reply attaches to the top-level comment. */
async function topLevelParent(
  deps: ActionContext['deps'],
  matterId: string,
  parentId: string | null,
): Promise<string | null> {
  if (!parentId) return null;
  const parent = await deps.storage.comments.findById(parentId);
  if (!parent || parent.matterId !== matterId) {
    throw new AppError('BAD_INPUT', '回复的评论不存在', [{ path: 'parentId', message: '回复的评论不存在' }]);
  }
  return parent.parentId ?? parent.id;
}
