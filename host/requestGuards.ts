import type { IncomingMessage } from 'node:http';

/**
 * The path of a request, or null when the URL cannot be decoded (`/%`, `/%E4`):
 * such a request is answered 400, never passed on to a handler that would throw.
 */
export function decodablePath(req: IncomingMessage): string | null {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://host');
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return null;
  }
}

/** Commands and dev routes take JSON only: a cross-site form can post text/plain without asking. */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Whether a browser says this request was started by another site. Browsers send
 * `Sec-Fetch-Site` (their own verdict, which a page cannot forge) or at least `Origin` on every
 * cross-origin POST; a request with neither did not come from a page of another site (curl, tests).
 * The h5 dev server proxies /api keeping the browser's Host, so its pages pass the Origin test too.
 */
export function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site !== 'same-origin';
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const own = req.headers.host ? [`http://${req.headers.host}`, `https://${req.headers.host}`] : [];
  return !own.includes(origin);
}
