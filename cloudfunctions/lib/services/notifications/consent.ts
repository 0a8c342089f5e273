import { AppError } from '@domain/errors';
import { consentMoments, type ConsentMoment } from '@domain/notifications/templates';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';

/** The caller's credits per template of this deployment (0 when none). */
async function creditsOf(ctx: ActionContext, userId: string) {
  const stored = await ctx.deps.storage.subscriptions.credits(userId);
  return ctx.deps.templates.templates.map((t) => ({ key: t.key, title: t.title, credits: stored[t.id] ?? 0 }));
}

export async function credits(ctx: ActionContext) {
  const user = requireUser(ctx.caller);
  return { credits: await creditsOf(ctx, user.id) };
}

/**
 * The client reports what the user accepted in WeChat's consent dialog. Each accepted template
 * is one credit: one message we may send. Only the templates this moment asks for count, so a
 * client cannot bank credits for messages it never asked about. The request id makes a retried
 * report count once.
 */
export async function subscribe(ctx: ActionContext, input: { moment: ConsentMoment; acceptedTemplateIds: string[] }) {
  const user = requireUser(ctx.caller);
  const allowed = new Set<string>(consentMoments[input.moment]);
  const byId = new Map(ctx.deps.templates.templates.map((t) => [t.id, t]));
  for (const id of new Set(input.acceptedTemplateIds)) {
    const template = byId.get(id);
    if (!template || !allowed.has(template.key)) {
      throw new AppError('BAD_INPUT', '订阅的消息模板与本次操作不符', [
        { path: 'acceptedTemplateIds', message: '订阅的消息模板与本次操作不符' },
      ]);
    }
  }
  for (const id of new Set(input.acceptedTemplateIds)) {
    // The grant id comes from the request: a retry after a failure counts each accept once.
    const grantId = commandId(ctx, 'g', `notification.subscribe:${id}`);
    await ctx.deps.storage.subscriptions.grant(user.id, id, ctx.deps.clock.now(), grantId);
  }
  return { credits: await creditsOf(ctx, user.id) };
}
