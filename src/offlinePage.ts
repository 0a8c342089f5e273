/** Where the local host serves the service worker (host/offlineShell.ts): the whole site is its scope. */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * h5 built for production and served by the local host: registers the service worker that shows
 * a Chinese offline page when a reload cannot reach the host (instead of the browser's English
 * error page). Not in weapp, not under `npm run dev` (webpack's dev server has no /sw.js and its
 * reloads must never come from a cache). A browser without service workers just goes without.
 */
export function registerOfflinePage(): void {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production') return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(SERVICE_WORKER_URL).catch(() => undefined);
  // After the page has loaded: the worker's own downloads must not slow the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
