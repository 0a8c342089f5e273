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

/** What the user accepted, checked, ready to be recorded once the command's own checks have passed. */
export interface CheckedConsent {
  record(userId: string): Promise<void>;
}

/**
 * Checks what the user accepted in WeChat's consent dialog for `moment`, before any write (a
 * template this moment did not ask about is BAD_INPUT: a client cannot bank credits for messages
 * it never asked about). Recording it makes each accepted template one credit: one message we may
 * send. The grant id comes from the request id, so a retried request counts each accept once.
 */
export function checkedConsent(
  ctx: ActionContext,
  moment: ConsentMoment,
  acceptedTemplateIds: readonly string[] = [],
): CheckedConsent {
  const allowed = new Set<string>(consentMoments[moment]);
  const byId = new Map(ctx.deps.templates.templates.map((t) => [t.id, t]));
  const accepted = [...new Set(acceptedTemplateIds)];
  for (const id of accepted) {
    const template = byId.get(id);
    if (!template || !allowed.has(template.key)) {
      throw new AppError('BAD_INPUT', '订阅的消息模板与本次操作不符', [
        { path: 'acceptedTemplateIds', message: '订阅的消息模板与本次操作不符' },
      ]);
    }
  }
  return {
    async record(userId) {
      // One grant id for the whole consent: each template's credit is counted once under it.
      const grantId = commandId(ctx, 'g', `notification.subscribe:${moment}`);
      await ctx.deps.storage.subscriptions.grantAll(userId, accepted, ctx.deps.clock.now(), grantId);
    },
  };
}

/** The client reports the consent on its own (the staff's reminder switch): recorded, then the credits. */
export async function subscribe(ctx: ActionContext, input: { moment: ConsentMoment; acceptedTemplateIds: string[] }) {
  const user = requireUser(ctx.caller);
  await checkedConsent(ctx, input.moment, input.acceptedTemplateIds).record(user.id);
  return { credits: await creditsOf(ctx, user.id) };
}
