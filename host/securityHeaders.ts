import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * The policy of every answer. Scripts only from the host itself (plus, on the h5 page, the hashes
 * of its inline scripts: Taro's build inlines the small rem-sizing script; and Taro's tab link). Styles: Taro's h5
 * components and NutUI set inline styles at runtime, hence 'unsafe-inline' for styles only.
 * Photos being picked are shown from blob: URLs and read with fetch().
 */
function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const hashed = scriptHashes.map((hash) => `'sha256-${hash}'`);
  const scripts = ["'self'", ...(hashed.length > 0 ? ["'unsafe-hashes'", ...hashed] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Set on every answer before anything else is written: pages, files, API envelopes, errors. */
export function applySecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', contentSecurityPolicy());
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * Taro's h5 tab bar items are `<a href="javascript:;">` (a no-op link whose click handler does the
 * work). 'unsafe-hashes' with this one hash lets exactly that string run, so the tab bar does not
 * log a violation on every tap; no other javascript: URL or inline handler is allowed.
 */
const TARO_TAB_LINK = sha256('javascript:;');

/** The policy for an HTML page that carries inline scripts: each allowed by its own hash. */
export function allowInlineScriptsOf(res: ServerResponse, html: string): void {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
  const hashes = [...inline.map((match) => sha256(match[1])), TARO_TAB_LINK];
  res.setHeader('content-security-policy', contentSecurityPolicy(hashes));
}
