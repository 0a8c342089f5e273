import type { ConsentMoment } from '@domain/notifications/templates';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { checkedConsent } from './consent';

/**
 * A command the consent dialog was opened for: what the user accepted is checked before the
 * command runs (a template the moment did not ask about changes nothing) and recorded after it
 * succeeded, with the request id's grant, so a retry counts each accept once.
 */
export function withConsent<I, R>(
  moment: ConsentMoment,
  command: (ctx: ActionContext, input: I) => Promise<R>,
): (ctx: ActionContext, input: I & { acceptedTemplateIds?: string[] }) => Promise<R> {
  return async (ctx, input) => {
    const user = requireUser(ctx.caller);
    const consent = checkedConsent(ctx, moment, input.acceptedTemplateIds);
    const answer = await command(ctx, input);
    await consent.record(user.id);
    return answer;
  };
}
