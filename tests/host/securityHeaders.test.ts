import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { login, post, startTestHost, type TestHost } from './support/hostHarness';
import { TINY_PNG } from './support/images';

const INLINE = 'document.documentElement.style.fontSize="20px"';

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers on every page, file and API answer', () => {
  let env: TestHost;
  let webRoot: string;
  let cookie: string;
  let photoUrl: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'mq-web-'));
    mkdirSync(path.join(webRoot, 'js'));
    writeFileSync(
      path.join(webRoot, 'index.html'),
      `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.0123abcd.js"></script></head><body><div id="app"></div></body></html>`,
    );
    writeFileSync(path.join(webRoot, 'js', 'app.0123abcd.js'), 'console.log(1)');
    env = await startTestHost({ webRoot });
    ({ cookie } = await login(env.host, 'u-resident-zhang'));
    const uploaded = await fetch(`${env.host.url}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', cookie },
      body: new Uint8Array(TINY_PNG),
    });
    photoUrl = (await uploaded.json()).data.url;
  });

  afterAll(async () => {
    await env.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each([
    ['the h5 page', '/'],
    ['an app route falling back to the page', '/pages/home/index'],
    ['a script', '/js/app.0123abcd.js'],
    ['the health check', '/api/health'],
    ['an unknown API', '/api/nothing'],
    ['a malformed URL', '/%'],
  ])('%s (%s)', async (_name, route) => {
    const response = await fetch(`${env.host.url}${route}`);
    expectSecurityHeaders(response.headers);
  });

  it('on a photo, a function answer, a refused body and an unauthenticated call', async () => {
    expectSecurityHeaders((await fetch(`${env.host.url}${photoUrl}`, { headers: { cookie } })).headers);
    expectSecurityHeaders((await post(env.host, '/api/account', { action: 'me' }, { cookie })).headers);
    expectSecurityHeaders((await post(env.host, '/api/account', { pad: 'x'.repeat(200 * 1024) })).headers);
    expectSecurityHeaders((await post(env.host, '/api/account', { action: 'me' })).headers);
  });

  it('allows the page’s inline script by its hash, and nothing else inline', async () => {
    const response = await fetch(`${env.host.url}/`);
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '));
    // The inline script, and Taro's no-op tab link `javascript:;` (only that exact string).
    expect(scriptSrc).toBe(
      `script-src 'self' 'unsafe-hashes' 'sha256-${hash(INLINE)}' 'sha256-${hash('javascript:;')}'`,
    );
    expect(await response.text()).toContain(INLINE);
  });
});
