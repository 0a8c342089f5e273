/** The class on <html> while elder mode is on (app.scss styles Taro's h5 tab bar with it). */
export const ELDER_ROOT_CLASS = 'mq-elder-root';

/**
 * h5: Taro draws its tab bar outside every page, where the page's `mq-elder` class cannot reach,
 * so elder mode is also marked on <html>. The weapp has no document to mark: its tab bar is our
 * own component (src/custom-tab-bar) and reads elder mode from the session.
 */
export function markElderRoot(elder: boolean): void {
  if (process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle(ELDER_ROOT_CLASS, elder);
}
