import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { startTestHost, type TestHost } from './support/hostHarness';

const ORIGIN = 'http://127.0.0.1:3400';
const html = '<!doctype html><html><head><title>民情通</title></head><body><div id="app"></div></body></html>';

describe("the host's shell files: icon, service worker, offline page", () => {
  let test: TestHost;
  let url: string;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'mq-shell-web-'));
    writeFileSync(path.join(webRoot, 'index.html'), html);
    test = await startTestHost({ webRoot });
    url = test.host.url;
  });
  afterAll(async () => {
    await test.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers /favicon.ico with an icon, not the app page', async () => {
    const response = await fetch(`${url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const body = Buffer.from(await response.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), one image; the image is a PNG.
    expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(body.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
    expect(body.toString('latin1')).not.toContain('<html');
  });

  it('serves the service worker as a script from the root, never from a cache, with the security headers', async () => {
    const response = await fetch(`${url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(await response.text()).toContain("addEventListener('fetch'");
  });

  it('serves the offline page in Chinese, with no script (the policy allows none inline)', async () => {
    const response = await fetch(`${url}/offline.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    expect(page).toContain('网络不可用，请稍后重试');
    expect(page).toContain('href="/"');
    expect(page).not.toMatch(/<script/i);
  });
});

/** The service worker run in a stand-in of its global scope: a network that can fail and a cache. */
function loadServiceWorker() {
  const listeners: Record<string, (event: unknown) => void> = {};
  const cached = new Map<string, Response>();
  const cache = {
    add: async (request: Request) => void cached.set(new URL(request.url, ORIGIN).pathname, new Response('离线页')),
    match: async (request: Request | string) =>
      cached.get(new URL(typeof request === 'string' ? request : request.url, ORIGIN).pathname)?.clone(),
    put: async (request: Request, response: Response) => void cached.set(new URL(request.url).pathname, response),
  };
  const network = { up: true, asked: [] as string[] };
  const scope = {
    self: {
      addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
      location: { origin: ORIGIN },
      skipWaiting: async () => undefined,
      clients: { claim: async () => undefined },
    },
    caches: { open: async () => cache, keys: async () => [], delete: async () => true, match: cache.match },
    fetch: async (request: Request) => {
      network.asked.push(new URL(request.url).pathname);
      if (!network.up) throw new TypeError('Failed to fetch');
      return new Response(`from the network: ${request.url}`);
    },
    // A worker's relative URLs are read against its origin.
    Request: class extends Request {
      constructor(input: string, init?: RequestInit) {
        super(new URL(input, ORIGIN), init);
      }
    },
    Response,
    URL,
    Promise,
  };
  runInNewContext(readFileSync(path.join(__dirname, '..', '..', 'host', 'offline', 'sw.js'), 'utf8'), scope);

  /** What the worker answers for a request; undefined when it lets the browser go to the network itself. */
  async function answer(pathname: string, init: { mode?: string; method?: string } = {}) {
    let answered: Promise<Response> | undefined;
    const request = { url: `${ORIGIN}${pathname}`, method: init.method ?? 'GET', mode: init.mode ?? 'cors' };
    listeners.fetch({ request, respondWith: (response: Promise<Response>) => (answered = response) });
    const response = answered ? await answered : undefined;
    return response ? await response.text() : undefined;
  }
  async function install() {
    let work: Promise<unknown> = Promise.resolve();
    listeners.install({ waitUntil: (promise: Promise<unknown>) => (work = promise) });
    await work;
  }
  return { answer, install, network, cached };
}

describe('the service worker (host/offline/sw.js)', () => {
  it('answers a page load from the network, and with the offline page when the network fails', async () => {
    const worker = loadServiceWorker();
    await worker.install();
    await expect(worker.answer('/', { mode: 'navigate' })).resolves.toBe(`from the network: ${ORIGIN}/`);
    worker.network.up = false;
    await expect(worker.answer('/', { mode: 'navigate' })).resolves.toBe('离线页');
  });

  it('keeps the hashed app shell files once fetched', async () => {
    const worker = loadServiceWorker();
    await expect(worker.answer('/js/app.0123abcd.js')).resolves.toContain('from the network');
    worker.network.up = false;
    await expect(worker.answer('/js/app.0123abcd.js')).resolves.toContain('from the network');
    expect(worker.network.asked).toEqual(['/js/app.0123abcd.js']);
  });

  it('never touches personal data or anything but GET: /api/, /files/, /exports/ go by as if there were no worker', async () => {
    const worker = loadServiceWorker();
    for (const pathname of ['/api/matter', '/files/photo-1.jpg', '/exports/abc.xlsx', '/api/js/x.0123abcd.js']) {
      await expect(worker.answer(pathname)).resolves.toBeUndefined();
      await expect(worker.answer(pathname, { mode: 'navigate' })).resolves.toBeUndefined();
    }
    await expect(worker.answer('/', { mode: 'navigate', method: 'HEAD' })).resolves.toBeUndefined();
    await expect(worker.answer('/js/app.0123abcd.js', { method: 'POST' })).resolves.toBeUndefined();
    expect([...worker.cached.keys()]).toEqual([]);
    expect(worker.network.asked).toEqual([]);
  });
});
