import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../../host/app';
import { hostConfigFromEnv } from '../../host/config';
import { silentLogger } from '../../cloudfunctions/lib/adapters/system/logger';

async function start(devMode: boolean, dataDir = mkdtempSync(path.join(tmpdir(), 'mq-host-'))) {
  const config = {
    ...hostConfigFromEnv({ MINQING_DEMO_LIFE: 'off' }),
    port: 0,
    dataDir,
    devMode,
    webRoot: path.join(dataDir, 'no-web'),
  };
  const host = await startHost(config, { logger: silentLogger });
  return { host, dataDir };
}

async function post(host: RunningHost, route: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${host.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function login(host: RunningHost, userId: string) {
  const result = await post(host, '/api/dev/login', { userId });
  return result.body.data.token as string;
}

describe('local host in dev mode', () => {
  let host: RunningHost;
  let dataDir: string;

  beforeAll(async () => {
    ({ host, dataDir } = await start(true));
  });

  afterAll(async () => {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 by default and keeps the database (with the sessions) in DATA_DIR', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(path.join(dataDir, 'minqing.sqlite'))).toBe(true);
    expect(host.storage.db.prepare('SELECT COUNT(*) AS n FROM host_sessions').get()).toEqual({ n: 0 });
  });

  it('lists the seeded demo identities of every role', async () => {
    const response = await fetch(`${host.url}/api/dev/users`);
    const body = await response.json();
    const roles = new Set(body.data.users.map((u: { role: string }) => u.role));
    expect([...roles].sort()).toEqual([
      'admin',
      'cadre',
      'committee',
      'department',
      'gridWorker',
      'property',
      'resident',
      'street',
    ]);
    expect(body.data.users[0]).toMatchObject({
      id: 'u-resident-zhang',
      name: '张桂兰',
      roleLabel: '居民',
      community: '东门社区',
    });
  });

  it('signs a session into an HttpOnly cookie and a bearer token', async () => {
    const result = await post(host, '/api/dev/login', { userId: 'u-resident-li' });
    expect(result.status).toBe(200);
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mq_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const viaCookie = await post(host, '/api/account', { action: 'me' }, { cookie: cookie.split(';')[0] });
    expect(viaCookie).toMatchObject({ status: 200, body: { ok: true, data: { user: { id: 'u-resident-li' } } } });
    const viaBearer = await post(
      host,
      '/api/account',
      { action: 'me' },
      { authorization: `Bearer ${result.body.data.token}` },
    );
    expect(viaBearer.body.data.user.id).toBe('u-resident-li');
  });

  it('refuses an unknown demo user and a made-up or altered token', async () => {
    expect((await post(host, '/api/dev/login', { userId: 'u-nobody' })).status).toBe(404);
    expect((await post(host, '/api/dev/login', { userId: 42 })).status).toBe(400);
    const token = await login(host, 'u-resident-zhang');
    const madeUp = Buffer.alloc(32, 7).toString('base64url');
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [madeUp, altered]) {
      const result = await post(host, '/api/account', { action: 'me' }, { authorization: `Bearer ${bad}` });
      expect(result).toMatchObject({ status: 401, body: { ok: false, code: 'UNAUTHENTICATED' } });
    }
  });

  it('maps envelope codes to HTTP statuses', async () => {
    const token = await login(host, 'u-resident-zhang');
    const auth = { authorization: `Bearer ${token}` };
    expect((await post(host, '/api/account', { action: 'me' })).status).toBe(401);
    expect((await post(host, '/api/account', { action: 'listUsers', data: {} }, auth)).status).toBe(403);
    expect((await post(host, '/api/account', { action: 'nope' }, auth)).status).toBe(404);
    expect((await post(host, '/api/nofunction', { action: 'me' }, auth)).status).toBe(404);
    expect((await post(host, '/api/account', '{not json', auth)).status).toBe(400);
    const bad = await post(
      host,
      '/api/account',
      { action: 'setPreferences', data: { elderMode: 'x' }, requestId: 'req-12345678' },
      auth,
    );
    expect(bad).toMatchObject({ status: 400, body: { ok: false, code: 'BAD_INPUT', message: '长辈模式设置无效' } });
    const big = await post(host, '/api/account', { action: 'me', data: { pad: 'x'.repeat(110 * 1024) } }, auth);
    expect(big).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('answers a retried command with the first result (same request id)', async () => {
    const auth = { authorization: `Bearer ${await login(host, 'u-resident-wang')}` };
    const event = { action: 'setPreferences', data: { elderMode: 'on' }, requestId: 'retry-test-0001' };
    const first = await post(host, '/api/account', event, auth);
    const again = await post(host, '/api/account', event, auth);
    expect(again.body).toEqual(first.body);
  });

  it('publishes the contract as JSON Schema with roles', async () => {
    const body = await (await fetch(`${host.url}/api/contract`)).json();
    expect(body.functions.account.assignRole).toMatchObject({
      kind: 'command',
      roles: ['admin'],
      requestIdRequired: true,
      input: { type: 'object', required: expect.arrayContaining(['userId', 'role', 'communityIds']) },
    });
    expect(body.functions.account.me.output.properties.user.properties.phone).toEqual({ type: 'string' });
  });

  it('explains how to build the h5 app when it is missing', async () => {
    const response = await fetch(`${host.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:h5');
  });
});

describe('local host outside dev mode', () => {
  it('has no dev routes and no demo data', async () => {
    const { host, dataDir } = await start(false);
    try {
      expect((await fetch(`${host.url}/api/dev/users`)).status).toBe(404);
      expect((await post(host, '/api/dev/login', { userId: 'u-admin' })).status).toBe(404);
      expect(await host.storage.users.findById('u-admin')).toBeNull();
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('local host restart', () => {
  it('keeps data and sessions across a restart of the same DATA_DIR', async () => {
    const first = await start(true);
    const token = await login(first.host, 'u-resident-li');
    await post(
      first.host,
      '/api/account',
      { action: 'setPreferences', data: { elderMode: 'on' }, requestId: 'restart-0001' },
      { authorization: `Bearer ${token}` },
    );
    await first.host.close();
    const second = await start(true, first.dataDir);
    try {
      const me = await post(second.host, '/api/account', { action: 'me' }, { authorization: `Bearer ${token}` });
      expect(me.body).toMatchObject({ ok: true, data: { user: { id: 'u-resident-li', elderMode: 'on' } } });
    } finally {
      await second.host.close();
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });
});
