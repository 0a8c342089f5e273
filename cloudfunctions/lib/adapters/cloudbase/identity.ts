import { getCloudbaseContext } from '@cloudbase/node-sdk';
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
    const openid = values.WX_OPENID;
    // A caller without an OPENID (a timer, the console, another cloud's call) is nobody.
    if (typeof openid !== 'string' || openid === '') return null;
    const appid = values.WX_APPID;
    return { openid, appid: typeof appid === 'string' ? appid : '' };
  },
};

/** The SDK throws on a context it cannot parse; to us that is simply "no identity". */
function readCloudbaseContext(context: object): Record<string, unknown> | null {
  try {
    return getCloudbaseContext(context as Parameters<typeof getCloudbaseContext>[0]) as unknown as Record<
      string,
      unknown
    >;
  } catch {
    return null;
  }
}
