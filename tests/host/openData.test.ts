import { existsSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { bearer, login, post, startTestHost, type TestHost } from './support/hostHarness';

/**
 * 社区公开数据 on the local host (issue 16): `/open-data/<communityId>.zip`, the address
 * stats.openData answers, downloads for anyone without a session; the file sits in DATA_DIR.
 */
describe('the open data address on the local host', () => {
  let env: TestHost;
  beforeAll(async () => {
    env = await startTestHost();
  });
  afterAll(() => env.stop());

  it('is what stats.openData answers a resident, and downloads without signing in', async () => {
    const { token } = await login(env.host, 'u-resident-wang');
    const answer = await post(
      env.host,
      '/api/stats',
      { action: 'openData', data: { communityId: 'c-ximen' } },
      bearer(token),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ url: '/open-data/c-ximen.zip', fileName: '西门社区公开数据.zip' });
    const response = await fetch(`${env.host.url}/open-data/c-ximen.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('西门社区公开数据.zip')}`,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['说事.csv', '每月统计.csv', '数据说明.csv']);
    expect(existsSync(path.join(env.dataDir, 'open-data', 'c-ximen.zip'))).toBe(true);
  });

  it('builds the ZIP on first download, and answers what is not a community as not found', async () => {
    expect((await fetch(`${env.host.url}/open-data/c-dongmen.zip`)).status).toBe(200);
    expect((await fetch(`${env.host.url}/open-data/c-nowhere.zip`)).status).toBe(404);
    expect((await fetch(`${env.host.url}/open-data/..%2Fminqing.sqlite`)).status).toBe(404);
    expect((await fetch(`${env.host.url}/open-data/c-dongmen.csv`)).status).toBe(404);
  });
});
