import Taro from '@tarojs/taro';
import { routeUrl, type LinkArgs, type ParamSpecs, type Route } from '@domain/routes';

/**
 * Going to a page of the route table (src/domain/routes). A tab is always switched to: WeChat
 * opens tab pages no other way, and a tab takes no query.
 */
export function openPage<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  const url = routeUrl(route, ...params);
  return route.tab ? Taro.switchTab({ url }) : Taro.navigateTo({ url });
}

/** Goes to a page in place of the current one (back then skips the current one). */
export function replacePage<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  const url = routeUrl(route, ...params);
  return route.tab ? Taro.switchTab({ url }) : Taro.redirectTo({ url });
}

/** Closes every page and starts again at this one (signing in or out). */
export function restartAt<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  return Taro.reLaunch({ url: routeUrl(route, ...params) });
}

/** Back to the page that opened this one; when there is none (opened from a share), to `fallback`. */
export function goBack<P extends ParamSpecs>(fallback: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  return Promise.resolve(Taro.navigateBack()).catch(() => openPage(fallback, ...params));
}
