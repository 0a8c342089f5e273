import { getCloudbaseContext, type ICompleteCloudbaseContext, type IContextParam } from '@cloudbase/node-sdk';
import type { IdentityResolver, PlatformIdentity } from '../../ports/identity';

/**
 * The caller as WeChat vouches for it: CloudBase puts WX_OPENID and WX_APPID into the function's
 * context (`context.environment`, JSON, or the older `context.environ`, `k=v;k=v`), and the SDK
 * reads either shape. Not exported from the storage index, so importing storage never loads the SDK.
 */
export const cloudbaseIdentity: IdentityResolver = {
  resolve(context: unknown): PlatformIdentity | null {
    if (typeof context !== 'object' || context === null) return null;
    const values = readCloudbaseContext(context);
    if (!values) return null;
    // Typed as strings, but the old `environ` shape turns any value with a comma into an array.
    const openid: unknown = values.WX_OPENID;
    // A caller without an OPENID (a timer, the console, another cloud's call) is nobody.
    if (typeof openid !== 'string' || openid === '') return null;
    const appid: unknown = values.WX_APPID;
    return { openid, appid: typeof appid === 'string' ? appid : '' };
  },
};

/** The SDK throws on a context it cannot parse; to us that is simply "no identity". */
function readCloudbaseContext(context: object): ICompleteCloudbaseContext | null {
  try {
    return getCloudbaseContext(context as IContextParam);
  } catch {
    return null;
  }
}
