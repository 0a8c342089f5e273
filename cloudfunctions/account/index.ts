import { accountContract } from '@domain/contract/account';
import { platformTrigger } from '../lib/identity';
import { cloudFunction, productionDeps } from '../lib/runtime/cloudbase';
import { accountServices } from '../lib/services/account';
import { applyAuthorizationPush, isWechatPush } from '../lib/services/accounts/authorizationPush';

const handle = cloudFunction('account', accountContract, accountServices);

/**
 * account: login from the WeChat OPENID, profile, places directory, roles (admin), 注销 and data
 * export. The same function receives WeChat's pushes about a user's authorization (message push,
 * event `authorized_user_information_changes`; configure it in the console): a revoked phone or
 * photo permission erases that data, a cancelled authorization deletes the account. WeChat wants
 * "success" back, whatever was done.
 */
export async function main(event: unknown, context: unknown) {
  if (isWechatPush(event)) {
    await applyAuthorizationPush(productionDeps(), event, platformTrigger(context));
    return 'success';
  }
  return handle(event, context);
}
