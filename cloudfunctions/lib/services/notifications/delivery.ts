import { AppError } from '@domain/errors';
import { failureReason } from '@domain/notifications/failureReasons';
import { kindStatus } from '@domain/notifications/kinds';
import { templateByKey, templateData } from '@domain/notifications/templates';
import type { DeliveryState, WechatMessage } from '@domain/notifications/views';
import type { OutboxRow } from '../../ports/notifications';
import type { ActionContext } from '../../service';
import { communityFor } from '../community';
import { cursorOrThrow, nextCursorOf } from '../matters/browse';
import { usersById } from '../matters/present';
import { requireUser } from '../requireUser';
import { skipReasons } from './dispatch';

function stateOf(row: OutboxRow): DeliveryState {
  switch (row.status) {
    case 'pending':
    case 'sending':
      return 'waiting';
    case 'sent':
      return 'sent';
    case 'merged':
      return 'merged';
    case 'failed':
      return 'failed';
    case 'skipped':
      return row.lastError === skipReasons.expired ? 'expired' : 'no_consent';
  }
}

function templateTitle(ctx: ActionContext, row: OutboxRow): string {
  return ctx.deps.templates.templates.find((t) => t.id === row.templateId)?.title ?? '微信通知';
}

function toMessage(ctx: ActionContext, row: OutboxRow): WechatMessage {
  return {
    id: row.id,
    templateKey: row.templateKey,
    templateTitle: templateTitle(ctx, row),
    state: stateOf(row),
    fields: Object.entries(row.data).map(([key, { value }]) => ({ key, value })),
    page: row.page,
    createdAt: row.createdAt,
    notBefore: row.notBefore,
    sentAt: row.sentAt,
  };
}

/** What WeChat received for me, or why it did not (no consent, quiet hours, digest). */
export async function wechatMessages(ctx: ActionContext, input: { cursor?: string; limit: number }) {
  const user = requireUser(ctx.caller);
  const page = await ctx.deps.storage.outbox.listForUser(user.id, cursorOrThrow(input.cursor), input.limit);
  return { items: page.items.map((row) => toMessage(ctx, row)), nextCursor: nextCursorOf(page) };
}

/** Messages that failed after every retry in the committee's community. */
export async function deliveryProblems(
  ctx: ActionContext,
  input: { communityId?: string; cursor?: string; limit: number },
) {
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const page = await ctx.deps.storage.outbox.listFailed([communityId], cursorOrThrow(input.cursor), input.limit);
  const users = await usersById(
    ctx.deps,
    page.items.map((r) => r.userId),
  );
  return {
    items: page.items.map((row) => ({
      id: row.id,
      userName: users.get(row.userId)?.name ?? '（已注销用户）',
      kindStatus: kindStatus[row.kind],
      templateTitle: templateTitle(ctx, row),
      reason: failureReason(row.lastError),
      error: row.lastError,
      attempts: row.attempts,
      createdAt: row.createdAt,
      failedAt: row.updatedAt,
    })),
    nextCursor: nextCursorOf(page),
  };
}

/** Puts a failed message back in the queue, made again from the current template (e.g. after a template fix). */
export async function retryDelivery(ctx: ActionContext, input: { id: string }) {
  const user = requireUser(ctx.caller);
  const row = await ctx.deps.storage.outbox.findById(input.id);
  if (!row || !user.communityIds.includes(row.communityId)) throw new AppError('NOT_FOUND', '没有这条通知');
  if (row.status !== 'failed') throw new AppError('INVALID_STATE', '这条通知不是发送失败的状态');
  const template = templateByKey(ctx.deps.templates, row.templateKey);
  const message = { templateId: template.id, data: templateData(template, row.values) };
  return { requeued: await ctx.deps.storage.outbox.requeue(row.id, ctx.deps.clock.now(), message) };
}
