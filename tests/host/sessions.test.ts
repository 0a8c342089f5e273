import { bearer, login, me, post, startTestHost, type TestHost } from './support/hostHarness';

const UNAUTHENTICATED = { status: 401, body: { ok: false, code: 'UNAUTHENTICATED' } };

describe('host sessions are revocable, bound to their mode and exact', () => {
  let env: TestHost;

  beforeEach(async () => {
    env = await startTestHost();
  });

  afterEach(async () => {
    await env.stop();
  });

  it('logout ends the session on the host: the token stops answering, by cookie and by bearer', async () => {
    const { token, cookie } = await login(env.host, 'u-resident-li');
    expect((await me(env.host, { cookie })).status).toBe(200);
    const out = await post(env.host, '/api/dev/logout', {}, { cookie });
    expect(out.headers.get('set-cookie')).toMatch(/^mq_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0/);
    expect(await me(env.host, { cookie })).toMatchObject(UNAUTHENTICATED);
    expect(await me(env.host, bearer(token))).toMatchObject(UNAUTHENTICATED);
  });

  it('refuses a token with trailing junk or otherwise malformed', async () => {
    const { token } = await login(env.host, 'u-resident-li');
    expect((await me(env.host, bearer(token))).status).toBe(200);
    for (const bad of [`${token}x`, `${token}.junk`, `${token}=`, token.slice(0, -1), `${token}${token}`]) {
      expect(await me(env.host, bearer(bad))).toMatchObject(UNAUTHENTICATED);
      expect(await me(env.host, { cookie: `mq_session=${bad}` })).toMatchObject(UNAUTHENTICATED);
    }
  });

  it('a role change by the admin ends the user’s sessions; a new login gets the new role', async () => {
    const li = await login(env.host, 'u-resident-li');
    const admin = await login(env.host, 'u-admin');
    const assigned = await post(
      env.host,
      '/api/account',
      {
        action: 'assignRole',
        data: { userId: 'u-resident-li', role: 'committee', communityIds: ['c-dongmen'] },
        requestId: 'assign-role-0001',
      },
      bearer(admin.token),
    );
    expect(assigned.status).toBe(200);
    expect(await me(env.host, bearer(li.token))).toMatchObject(UNAUTHENTICATED);
    const again = await login(env.host, 'u-resident-li');
    expect((await me(env.host, bearer(again.token))).body.data.user).toMatchObject({ role: 'committee' });
  });

  it('a resident’s own profile change (her community) keeps her session', async () => {
    const { token } = await login(env.host, 'u-resident-new');
    const updated = await post(
      env.host,
      '/api/account',
      { action: 'updateProfile', data: { name: '孙大爷', communityId: 'c-dongmen' }, requestId: 'profile-0001' },
      bearer(token),
    );
    expect(updated.status).toBe(200);
    expect((await me(env.host, bearer(token))).body.data.user).toMatchObject({ name: '孙大爷' });
  });

  it('revokeAllForUser (account removal) ends every session of that user only', async () => {
    const first = await login(env.host, 'u-resident-li');
    const second = await login(env.host, 'u-resident-li');
    const other = await login(env.host, 'u-resident-zhang');
    expect(env.host.sessions.revokeAllForUser('u-resident-li')).toBe(2);
    expect(await me(env.host, bearer(first.token))).toMatchObject(UNAUTHENTICATED);
    expect(await me(env.host, bearer(second.token))).toMatchObject(UNAUTHENTICATED);
    expect((await me(env.host, bearer(other.token))).status).toBe(200);
  });
});

describe('a session belongs to the mode that issued it', () => {
  it('a dev token does not work after restarting the same DATA_DIR in production mode', async () => {
    const dev = await startTestHost({ devMode: true });
    const { token, cookie } = await login(dev.host, 'u-admin');
    expect((await me(dev.host, bearer(token))).status).toBe(200);
    await dev.stop({ keepData: true });
    const production = await startTestHost({ devMode: false, dataDir: dev.dataDir });
    try {
      expect(await me(production.host, bearer(token))).toMatchObject(UNAUTHENTICATED);
      expect(await me(production.host, { cookie })).toMatchObject(UNAUTHENTICATED);
      const listUsers = await post(production.host, '/api/account', { action: 'listUsers', data: {} }, bearer(token));
      expect(listUsers).toMatchObject(UNAUTHENTICATED);
    } finally {
      await production.stop();
    }
  });
});
