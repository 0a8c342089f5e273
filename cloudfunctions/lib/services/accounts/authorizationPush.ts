import type { Deps } from '../../deps';
import { eraseAccount } from './deleteAccount';
import { eraseRevokedData, type RevokeOutcome } from './revokedData';

/**
 * A message WeChat pushes to the function configured in 消息推送 (cloud-function mode): the event
 * is the message's JSON. The account function receives `authorized_user_information_changes`
 * (Event user_authorization_revoke | user_authorization_cancellation | user_info_modified);
 * other events configured here by mistake are logged and ignored.
 */
export interface WechatPush {
  Event: string;
  MsgType?: string;
  /** The user concerned. */
  OpenID?: string;
  /** For user_authorization_revoke: which authorization, as a number or a string ("8" = 手机号). */
  RevokeInfo?: string | number;
}

/** What triggered the run, as the platform says (identity.ts platformTrigger). */
export interface PushOrigin {
  /** getWXContext's SOURCE: `wx_client` from the mini-program, comma-joined along a chain of calls. */
  source: string;
  /** The OPENID in the context, '' when none. */
  openid: string;
}

export type PushOutcome = RevokeOutcome | 'account_deleted' | 'ignored';

/** A contract call carries `action`; a WeChat push carries `Event` instead. */
export function isWechatPush(event: unknown): event is WechatPush {
  const candidate = event as Partial<WechatPush> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.Event === 'string';
}

/**
 * Callers from the app, however far down a chain of calls: the mini-program, WeChat DevTools (its
 * cloud calls and local debugging). CloudBase's web SDK (`web_client`) carries no WX_OPENID, so
 * the OpenID check refuses it anyway.
 */
const APP_SOURCES = new Set(['wx_client', 'wx_devtools', 'wx_localdebug']);

/**
 * Whether the push is WeChat's (docs/adr/0007-authorization-push-trust.md): not triggered from the
 * app, and about the user the platform put in the context. A callFunction forged in the app
 * carries SOURCE wx_client and the caller's own OPENID; even a forgery that passed would reach the
 * caller's own account only, which account.deleteAccount already lets them erase.
 */
export function isFromWechat(push: WechatPush, origin: PushOrigin): boolean {
  const fromApp = origin.source.split(',').some((part) => APP_SOURCES.has(part.trim()));
  return !fromApp && origin.openid !== '' && origin.openid === push.OpenID;
}

/**
 * Applies a push about a user's authorization. Never throws on a push it does not apply: WeChat
 * only wants an answer; what was ignored, and why, is logged. A push delivered twice does the
 * work once (every step sets final values; after a cancellation the openid finds nobody).
 */
export async function applyAuthorizationPush(deps: Deps, push: WechatPush, origin: PushOrigin): Promise<PushOutcome> {
  if (!isFromWechat(push, origin)) {
    deps.logger.warn('authorization_push_unverified', {
      pushEvent: push.Event,
      source: origin.source,
      hasOpenid: origin.openid !== '',
    });
    return 'ignored';
  }
  if (push.Event !== 'user_authorization_revoke' && push.Event !== 'user_authorization_cancellation') {
    // user_info_modified: we keep no WeChat nickname or avatar. Anything else is not ours.
    deps.logger.info('authorization_push_not_applicable', { pushEvent: push.Event });
    return 'ignored';
  }
  const user = await deps.storage.users.findByOpenid(origin.openid);
  if (!user) {
    deps.logger.info('authorization_push_unknown_user', { pushEvent: push.Event });
    return 'ignored';
  }
  if (push.Event === 'user_authorization_revoke') return eraseRevokedData(deps, user, String(push.RevokeInfo ?? ''));
  if (user.role !== 'resident') {
    // As account.deleteAccount refuses staff: their role holds the community's work (slots,
    // cases, moderation). An admin must reassign their role first; then the user can 注销.
    deps.logger.warn('authorization_cancellation_of_staff', { userId: user.id, role: user.role });
    return 'ignored';
  }
  await eraseAccount(deps, user);
  return 'account_deleted';
}
