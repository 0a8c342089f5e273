import Taro from '@tarojs/taro';
import { useState } from 'react';
import { pageBars, routes, type RouteName } from '@domain/routes';
import { goBack } from '../navigation';
import './NavBar.scss';

/** The route-table name of the page being rendered (h5: `/pages/matters/index?stamp=…`). */
function currentRouteName(): RouteName | undefined {
  const path = Taro.getCurrentInstance()?.router?.path ?? '';
  const bare = path.replace(/^\//, '').replace(/\?.*$/, '');
  return (Object.keys(routes) as RouteName[]).find((name) => routes[name].path === bare);
}

/**
 * h5: the browser shows no title bar, so each page draws one as WeChat does: the page's title,
 * and on every page that is not a tab a 返回 (a real button: its name is read out, and it is at
 * least 44 px, 60 px in elder mode). 返回 goes to the page that opened this one, or, opened first
 * (a link, a reload), to the page it belongs under (pageBars).
 */
export function NavBar() {
  // Read once: a tab page stays mounted, and the current instance moves on to other pages.
  const [name] = useState(currentRouteName);
  if (!name) return null;
  const { title, parent } = pageBars[name];
  const back = routes[name].tab ? null : () => void goBack(routes[parent ?? 'home']);
  return (
    <header className="mq-navbar" id="nav-bar">
      {back ? (
        <button type="button" id="nav-back" className="mq-navbar__back" aria-label="返回" onClick={back}>
          <span className="mq-navbar__chevron" aria-hidden="true" />
          返回
        </button>
      ) : null}
      <h1 className="mq-navbar__title" id="nav-title">
        {title}
      </h1>
    </header>
  );
}
