import { login, post, startTestHost, type TestHost } from './support/hostHarness';

const setPreferences = (requestId: string) => ({ action: 'setPreferences', data: { elderMode: 'on' }, requestId });
const CROSS_SITE = { status: 403, body: { ok: false, code: 'FORBIDDEN', message: '不接受来自其他网站的请求' } };

describe('commands only from the host’s own pages: JSON, same origin, SameSite=Strict', () => {
  let env: TestHost;
  let cookie: string;

  beforeAll(async () => {
    env = await startTestHost();
    ({ cookie } = await login(env.host, 'u-resident-wang'));
  });

  afterAll(async () => {
    await env.stop();
  });

  const ownOrigin = () => env.host.url;

  it('refuses a text/plain command (what a cross-site form or no-cors fetch can send)', async () => {
    const answer = await post(env.host, '/api/account', JSON.stringify(setPreferences('csrf-plain-0001')), {
      'content-type': 'text/plain',
      cookie,
    });
    expect(answer).toMatchObject({ status: 400, body: { ok: false, code: 'BAD_REQUEST' } });
    expect((await env.host.storage.users.findById('u-resident-wang'))?.elderMode).not.toBe('on');
  });

  it('refuses a cookie command from a foreign Origin or a cross-site Sec-Fetch-Site', async () => {
    const foreign = await post(env.host, '/api/account', setPreferences('csrf-origin-0001'), {
      cookie,
      origin: 'http://evil.example',
    });
    expect(foreign).toMatchObject(CROSS_SITE);
    const sameSite = await post(env.host, '/api/account', setPreferences('csrf-fetch-0001'), {
      cookie,
      origin: ownOrigin(),
      'sec-fetch-site': 'same-site',
    });
    expect(sameSite).toMatchObject(CROSS_SITE);
    expect((await env.host.storage.users.findById('u-resident-wang'))?.elderMode).not.toBe('on');
  });

  it('accepts the app’s own requests: same origin, or Sec-Fetch-Site same-origin (the h5 dev proxy)', async () => {
    const own = await post(env.host, '/api/account', setPreferences('csrf-own-0001'), {
      cookie,
      origin: ownOrigin(),
    });
    expect(own.status).toBe(200);
    const proxied = await post(
      env.host,
      '/api/account',
      { action: 'me' },
      {
        cookie,
        origin: 'http://127.0.0.1:10086',
        'sec-fetch-site': 'same-origin',
      },
    );
    expect(proxied.status).toBe(200);
  });

  it('guards the dev login and logout the same way', async () => {
    const evil = { origin: 'http://evil.example' };
    expect(await post(env.host, '/api/dev/login', { userId: 'u-admin' }, evil)).toMatchObject(CROSS_SITE);
    expect(await post(env.host, '/api/dev/logout', {}, { ...evil, cookie })).toMatchObject(CROSS_SITE);
    const plain = await post(env.host, '/api/dev/login', JSON.stringify({ userId: 'u-admin' }), {
      'content-type': 'text/plain',
    });
    expect(plain).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    expect(plain.headers.get('set-cookie')).toBeNull();
  });

  it('refuses an upload sent from another site', async () => {
    const response = await fetch(`${env.host.url}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', cookie, 'sec-fetch-site': 'cross-site' },
      body: Buffer.from('89504e47', 'hex'),
    });
    expect(response.status).toBe(403);
  });
});
