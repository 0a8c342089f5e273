/**
 * The context object a CloudBase function receives, built for a caller the host vouches for.
 * Same shape as production (`environment` is a JSON string of the function's variables), so the
 * handlers read identity through the same CloudBase code path in both places.
 */
export function cloudbaseContextFor(openid: string | null, appid: string, fn: string, requestId: string) {
  const environment: Record<string, string> = { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_APPID: appid };
  if (openid) environment.WX_OPENID = openid;
  return {
    request_id: requestId,
    function_name: fn,
    function_version: '$LATEST',
    namespace: 'local-host',
    memory_limit_in_mb: 256,
    time_limit_in_ms: 5000,
    environment: JSON.stringify(environment),
  };
}
