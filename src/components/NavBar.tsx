/**
 * Where a page's navigation bar goes. In the mini-program WeChat draws its own bar (title from the
 * page config, back arrow), so there is nothing here; the h5 build picks NavBar.h5.tsx instead
 * (Taro's per-platform files), which keeps the bar out of the weapp bundle.
 */
export function NavBar() {
  return null;
}
