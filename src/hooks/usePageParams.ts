import Taro from '@tarojs/taro';
import { useState } from 'react';
import { readRouteParams, type ParamSpecs, type ReadParams, type Route } from '@domain/routes';

/**
 * The current page's params, read once with the route table's reader: a broken link (a needed
 * param missing, or a value such as `%E4%` that does not decode) comes back `ok: false` for the
 * page to say so, never as a crash.
 */
export function usePageParams<P extends ParamSpecs>(route: Route<P>): ReadParams<P> {
  const [read] = useState(() => readRouteParams(route, Taro.getCurrentInstance()?.router?.params));
  return read;
}
