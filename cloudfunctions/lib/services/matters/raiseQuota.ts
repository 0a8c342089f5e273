import { quotaOf, rateWindowStart } from '@domain/matters/rateLimits';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';

/**
 * matter.raiseQuota: how many matters the resident may still raise today, asked once when the
 * raise form opens so nobody types a whole form only to hit the limit on submit. One count, the
 * same one `raise` checks (raise.ts), so the form and the server never disagree.
 */
export async function raiseQuota({ caller, deps }: ActionContext) {
  const user = requireUser(caller);
  const now = deps.clock.now();
  const count = await deps.storage.matters.countByAuthorSince(user.id, rateWindowStart(now));
  return quotaOf('matter', count, now);
}
