import Taro from '@tarojs/taro';
import { routeUrl, type LinkArgs, type ParamSpecs, type Route } from '@domain/routes';
import { mayBeOffline, reachableNow, sayOffline } from './api/reachability';

/**
 * Runs a navigation unless the way to the server is down. A page opens with its code (an h5
 * chunk, a weapp subpackage), so offline the tap would change the URL or the tab and leave the
 * old page showing. While all is well it goes at once; once a call went unanswered (or the device
 * says it is offline) it checks first, and if the way is still down says so where the person is.
 * A navigation that fails anyway says the same.
 */
function navigate(go: () => unknown): Promise<unknown> {
  const attempt = () => Promise.resolve(go()).catch(() => sayOffline());
  if (!mayBeOffline()) return attempt();
  return reachableNow().then((reachable) => (reachable ? attempt() : sayOffline()));
}

/**
 * Going to a page of the route table (src/domain/routes). A tab is always switched to: WeChat
 * opens tab pages no other way, and a tab takes no query.
 */
export function openPage<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  const url = routeUrl(route, ...params);
  return navigate(() => (route.tab ? Taro.switchTab({ url }) : Taro.navigateTo({ url })));
}

/** Opens a link that arrived as text (a notification's page, built from the route table by the server). */
export function openLink(url: string): Promise<unknown> {
  return navigate(() => Taro.navigateTo({ url }));
}

/** Goes to a page in place of the current one (back then skips the current one). */
export function replacePage<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  const url = routeUrl(route, ...params);
  return navigate(() => (route.tab ? Taro.switchTab({ url }) : Taro.redirectTo({ url })));
}

/** Closes every page and starts again at this one (signing in or out). */
export function restartAt<P extends ParamSpecs>(route: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  const url = routeUrl(route, ...params);
  return navigate(() => Taro.reLaunch({ url }));
}

/**
 * Back to the page that opened this one (already loaded: no network needed). When there is none
 * (opened from a share or a reload), to `fallback` in place of this page: h5's history would
 * otherwise leave the app or reload it.
 */
export function goBack<P extends ParamSpecs>(fallback: Route<P>, ...params: LinkArgs<P>): Promise<unknown> {
  // WeChat refuses navigateBack on the first page (then the fallback); h5 history would leave or reload.
  const mayHaveOpener = process.env.TARO_ENV === 'weapp' || Taro.getCurrentPages().length > 1;
  if (!mayHaveOpener) return replacePage(fallback, ...params);
  return Promise.resolve(Taro.navigateBack()).catch(() => replacePage(fallback, ...params));
}
