import { eraseDetails, STAFF_DELETION_REFUSED } from '@domain/accountErasure';
import { AppError } from '@domain/errors';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import {
  anonymousIdOf,
  cancelActiveBookings,
  DELETION_CANCEL_REASON,
  detailsOf,
  eraseWords,
  tombstoneOf,
} from './erasure';
import { personalRecords } from './personalRecords';
import { closeUnstartedOrders, eraseServiceData } from './serviceErasure';
import { withdrawFromActivities } from './activityErasure';

/**
 * account.deleteAccount (注销), complete at once: the resident's own request (eraseAccount does it).
 * The openid is detached only by the last step: an earlier attempt that no longer finds its user
 * had finished (CloudBase kept its writes, the answer was lost). A guest's own call is refused.
 */
export async function deleteAccount(ctx: ActionContext, _input: { confirm: true }) {
  if (!ctx.caller.user && ctx.earlierAttempt) return { deleted: true as const };
  const user = requireUser(ctx.caller);
  if (user.role !== 'resident') throw new AppError('FORBIDDEN', STAFF_DELETION_REFUSED);
  await eraseAccount(ctx.deps, user);
  return { deleted: true as const };
}

/**
 * The steps of 注销 for a resident, whoever asks (account.deleteAccount, or WeChat's push that the
 * user cancelled their authorization: services/accounts/authorizationPush.ts). The callers check
 * that the user is a resident. The order is what makes a retry after a failure half way finish the
 * work (CloudBase keeps the writes of a failed attempt; SQLite rolls the whole call back): every
 * step before the last is re-runnable, and the last, detaching the openid, is the only one after
 * which the user is no longer found (their old identity is refused from then on, a fresh login
 * makes a new, empty account).
 * 1. cancel active bookings (seats freed, the waitlist promoted and told), cancel their service
 *    orders nobody started and give back the ones they claimed as a volunteer, withdraw them from
 *    activities not begun (the waitlist promoted and told);
 * 2. stop following matters (no news piles up for nobody);
 * 3. erase their words and contacts where the community's record keeps them (flag reasons, service
 *    orders too), remove their 双报到 reports, and anonymise the audit; a 红色代办 matter that
 *    named them as family forgets them, and so does a 红色代办 booking; their name in a booking
 *    made for them is erased;
 * 4. remove their inbox, WeChat messages and consent credits;
 * 5. the user's record becomes 已注销用户, detached from the openid.
 */
export async function eraseAccount(deps: Deps, user: UserRecord): Promise<void> {
  const { storage } = deps;
  const records = await personalRecords(deps, user);
  await cancelActiveBookings(deps, records.bookings);
  await closeUnstartedOrders(deps, user.id, records.service, DELETION_CANCEL_REASON);
  await withdrawFromActivities(deps, user.id, records.service.activitySignUps);
  for (const matterId of records.followedMatterIds) await storage.matters.removeFollow(matterId, user.id);
  await eraseWords(deps, records, anonymousIdOf(user));
  const erase = (text: string) => eraseDetails(text, detailsOf(records));
  await eraseServiceData(deps, user.id, records.service, erase, DELETION_CANCEL_REASON);
  await storage.personalData.eraseFlagReasons(user.id);
  await storage.personalData.forgetFamily(user.id, deps.clock.now());
  await storage.personalData.forgetNotifications(user.id);
  await storage.personalData.detachUser(user.id, user.openid, tombstoneOf(user, deps.clock.now()));
  deps.logger.info('account_deleted', { userId: user.id });
}
