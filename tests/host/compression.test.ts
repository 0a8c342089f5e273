import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';
import { preferredEncoding } from '../../host/compressedFiles';

/** A raw GET (node's fetch would decompress by itself and hide what was sent). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const script = `console.log(${JSON.stringify('民情通 '.repeat(4000))});\n`;
const html = '<!doctype html><html><head><title>民情通</title></head><body><div id="app"></div></body></html>';

describe('the host sends the h5 app compressed', () => {
  let host: RunningHost;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mq-gzip-'));
    const webRoot = path.join(dataDir, 'web');
    mkdirSync(path.join(webRoot, 'js'), { recursive: true });
    writeFileSync(path.join(webRoot, 'index.html'), html);
    writeFileSync(path.join(webRoot, 'js', 'app.0123abcd.js'), script);
    writeFileSync(path.join(webRoot, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    host = await startHost(
      { ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }), port: 0, dataDir, devMode: true, webRoot },
      { logger: silentLogger },
    );
  });
  afterAll(async () => {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends brotli to a browser that takes it, cached for a year when the name is hashed', async () => {
    const { headers, body } = await rawGet(`${host.url}/js/app.0123abcd.js`, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(headers).toMatchObject({
      'content-encoding': 'br',
      vary: 'accept-encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(brotliDecompressSync(body).toString()).toBe(script);
    expect(body.length).toBeLessThan(Buffer.byteLength(script) / 10);
  });

  it('sends gzip when brotli is not taken, and the plain file when nothing is', async () => {
    const gzipped = await rawGet(`${host.url}/js/app.0123abcd.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const plain = await rawGet(`${host.url}/js/app.0123abcd.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses the page itself (never cached long), and leaves images as they are', async () => {
    const page = await rawGet(`${host.url}/`, { 'accept-encoding': 'gzip' });
    expect(page.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    expect(gunzipSync(page.body).toString()).toBe(html);
    const image = await rawGet(`${host.url}/logo.png`, { 'accept-encoding': 'gzip, br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', null],
    [undefined, null],
    ['GZIP', 'gzip'],
  ])('reads Accept-Encoding %p as %p', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
