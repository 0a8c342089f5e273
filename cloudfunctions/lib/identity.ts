import { getCloudbaseContext, type ICompleteCloudbaseContext, type IContextParam } from '@cloudbase/node-sdk';

/**
 * Who is calling, as the platform says: in production the OPENID CloudBase puts in the
 * function's context; locally the host builds the same context from a signed session
 * (host/cloudbaseContext.ts), so both read it here. Never taken from the request body.
 */
export interface PlatformIdentity {
  openid: string;
  appid: string;
}

/**
 * The caller as WeChat vouches for it: CloudBase puts WX_OPENID and WX_APPID into the function's
 * context (`context.environment`, JSON, or the older `context.environ`, `k=v;k=v`), and the SDK
 * reads either shape.
 */
export function platformIdentity(context: unknown): PlatformIdentity | null {
  if (typeof context !== 'object' || context === null) return null;
  const values = readCloudbaseContext(context);
  if (!values) return null;
  // Typed as strings, but the old `environ` shape turns any value with a comma into an array.
  const openid: unknown = values.WX_OPENID;
  // A caller without an OPENID (a timer, the console, another cloud's call) is nobody.
  if (typeof openid !== 'string' || openid === '') return null;
  const appid: unknown = values.WX_APPID;
  return { openid, appid: typeof appid === 'string' ? appid : '' };
}

/** The SDK throws on a context it cannot parse; to us that is simply "no identity". */
function readCloudbaseContext(context: object): ICompleteCloudbaseContext | null {
  try {
    return getCloudbaseContext(context as IContextParam);
  } catch {
    return null;
  }
}

/**
 * What triggered this run and for whom, as the platform says: `source` is getWXContext's SOURCE
 * (TCB_SOURCE: `wx_client` for a call from the mini-program, comma-joined along a chain of calls),
 * `openid` the WX_OPENID CloudBase put in the context ('' when none). Read to verify WeChat's
 * message pushes (docs/adr/0007-authorization-push-trust.md).
 */
export interface PlatformTrigger {
  source: string;
  openid: string;
}

export function platformTrigger(context: unknown): PlatformTrigger {
  const values = typeof context === 'object' && context !== null ? readCloudbaseContext(context) : null;
  // The SDK copies TCB_SOURCE from the process only when TCB_CONTEXT_KEYS lists it.
  const source: unknown = values?.TCB_SOURCE ?? process.env.TCB_SOURCE;
  const openid: unknown = values?.WX_OPENID;
  return { source: typeof source === 'string' ? source : '', openid: typeof openid === 'string' ? openid : '' };
}
