import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';

const html = '<!doctype html><html><head><title>民情通</title></head><body><div id="app"></div></body></html>';

describe("the host's shell files: the icon", () => {
  let host: RunningHost;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mq-shell-'));
    const webRoot = path.join(dataDir, 'web');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(path.join(webRoot, 'index.html'), html);
    host = await startHost(
      { ...hostConfigFromEnv({}), port: 0, dataDir, devMode: true, webRoot },
      { logger: silentLogger },
    );
  });
  afterAll(async () => {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /favicon.ico with an icon, not the app page', async () => {
    const response = await fetch(`${host.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const body = Buffer.from(await response.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), one image; the image is a PNG.
    expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(body.subarray(22, 26).toString('latin1')).toBe('\x89PNG');
    expect(body.toString('latin1')).not.toContain('<html');
  });
});
