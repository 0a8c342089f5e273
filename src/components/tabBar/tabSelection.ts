import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { tabIndexOf } from '@domain/routes';

/** What a tab page asks of its tab bar (src/custom-tab-bar). */
export interface SelectableTabBar {
  setSelected(index: number): void;
}

/** The tab shown last: a tab bar made after its page showed starts from it. */
let lastSelected = 0;

export function lastSelectedTab(): number {
  return lastSelected;
}

/**
 * weapp: WeChat gives every tab page a tab bar of its own, and a custom one does not know which
 * page it belongs to, so each tab page tells its own bar when it shows (WeChat's rule for custom
 * tab bars: getTabBar().setSelected). Called by every page (Screen); pages that are no tab, and the
 * h5 build (Taro's tab bar selects itself), do nothing.
 */
export function useTabSelection(): void {
  // Read once, at the first render: the current instance moves on to other pages later.
  const [here] = useState(() => {
    const current = Taro.getCurrentInstance();
    return { page: current?.page, index: tabIndexOf(current?.router?.path ?? '') };
  });
  useDidShow(() => {
    if (process.env.TARO_ENV !== 'weapp' || here.index < 0) return;
    lastSelected = here.index;
    Taro.getTabBar<SelectableTabBar>(here.page)?.setSelected(here.index);
  });
}
