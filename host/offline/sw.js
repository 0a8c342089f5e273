/*
 * 民情通 h5 service worker, served by the local host at /sw.js (host/offlineShell.ts) and
 * registered by the production h5 build (src/offlinePage.ts).
 *
 * - A page load (navigation) goes to the network; when the network fails the Chinese offline
 *   page answers instead of the browser's English error page.
 * - The app shell's hashed files (/js/, /css/, /static/ with a content hash in the name: they
 *   never change) are kept once fetched, so pages already seen still open when the host is slow.
 * - Nothing else is touched: personal data (/api/, /files/, /exports/) is never cached or even
 *   looked at, and every other request goes to the network as if there were no worker.
 */
const CACHE = 'mq-shell-v1';
const OFFLINE_PAGE = '/offline.html';
const PERSONAL = /^\/(api|files|exports)\//;
const HASHED_SHELL_FILE = /^\/(js|css|static)\/.*\.[0-9a-f]{8,}\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_PAGE, { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || PERSONAL.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
  } else if (HASHED_SHELL_FILE.test(url.pathname)) {
    event.respondWith(keptOrFetched(request));
  }
});

async function keptOrFetched(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
