import { routes } from '@domain/routes';
import { mayBeOffline, reachableNow, sayOffline } from './api/reachability';
import { openPage } from './navigation';

/** The tabs in the tab bar's order (app.config.ts lists them in the route table's order). */
const tabs = Object.values(routes).filter((route) => route.tab);

/**
 * h5: Taro's own tab bar switches tabs by itself, so offline a tap on a tab whose page is not
 * loaded yet highlighted the tab and kept the old page. While the way may be down, a tap on the
 * tab bar is held, the host asked, and the tab opened only if it answers (else the offline toast).
 * weapp draws its tab bar natively and needs nothing here.
 */
export function guardTabBar(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.addEventListener('click', holdTabTapWhileOffline, true);
}

function holdTabTapWhileOffline(event: MouseEvent): void {
  const item = event.composedPath().find(isTabItem);
  if (!item || !mayBeOffline()) return;
  event.stopPropagation();
  event.preventDefault();
  const siblings = Array.from(item.parentElement?.children ?? []).filter(isTabItem);
  const tab = tabs[siblings.indexOf(item)];
  void reachableNow().then((reachable) => (reachable && tab ? openPage(tab) : sayOffline()));
}

function isTabItem(target: EventTarget): target is Element {
  return target instanceof Element && target.classList.contains('weui-tabbar__item');
}
