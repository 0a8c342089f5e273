import { accountContract } from '@domain/contract/account';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { accountServices } from '../lib/services/account';

/** account: login from the WeChat OPENID, profile, places directory, roles (admin). */
export const main = cloudFunction('account', accountContract, accountServices);
